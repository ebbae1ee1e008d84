import type { Dataset } from "../lib/collections.js";
import { csvDialect } from "./csv.js";
import { withAsciiPatterns } from "./json-schema.js";
import type { Table, TableField } from "./tables.js";

// A Table Schema field: what it means, with the meaning of each allowed value in its description.
function fieldDescriptor({ values, valueSet, description, ...field }: TableField) {
  const codes = values ? ` Values: ${Object.entries(values).map(([value, meaning]) => `${value} = ${meaning}`).join("; ")}` : "";
  const set = valueSet ? ` Code list: ${valueSet}.` : "";
  return { ...field, description: `${description}${set}${codes}`.trim() };
}

/**
 * A Frictionless Tabular Data Package describing every CSV: field types and descriptions, primary
 * and foreign keys, the dialect, the licence and the sources.
 */
export function dataPackage(tables: readonly Table[], dataset: Dataset, version: string): string {
  const descriptor = {
    profile: "tabular-data-package",
    name: "china-sti-cooperation",
    title: "China's international science, technology and innovation cooperation",
    description:
      "Meetings of China's Ministry of Science and Technology with foreign counterparts, who took part and in what role, the agreements and standing mechanisms behind them, and the cooperation statistics announced, each record citing the paragraph of its source.",
    version,
    licenses: [{ name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0 International", path: "https://creativecommons.org/licenses/by/4.0/" }],
    sources: dataset.sources.map((source) => ({ title: source.title, path: source.url })),
    resources: tables.map((table) => ({
      name: table.name,
      path: `csv/${table.name}.csv`,
      profile: "tabular-data-resource",
      description: table.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: csvDialect,
      schema: {
        fields: table.fields.map(fieldDescriptor),
        missingValues: [""],
        primaryKey: table.primaryKey,
        // Frictionless wants at least one foreign key where the list is given at all.
        ...(table.foreignKeys.length > 0 ? { foreignKeys: table.foreignKeys } : {}),
      },
    })),
  };
  return withAsciiPatterns(`${JSON.stringify(descriptor, null, 2)}\n`);
}
