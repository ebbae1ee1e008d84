import type { Dataset } from "../collections.js";
import { csvDialect } from "./csv.js";
import type { Table } from "./tables.js";

/**
 * A Frictionless Tabular Data Package describing every CSV: field types and descriptions, primary
 * and foreign keys, the dialect, the licence and the source documents.
 */
export function dataPackage(tables: readonly Table[], dataset: Dataset, version: string): string {
  const descriptor = {
    profile: "tabular-data-package",
    name: "china-sti-cooperation",
    title: "China's international science, technology and innovation cooperation",
    description:
      "Meetings of China's Ministry of Science and Technology with foreign counterparts, who took part and in what role, and the cooperation statistics announced, each record citing the paragraph of its source document.",
    version,
    licenses: [{ name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0 International", path: "https://creativecommons.org/licenses/by/4.0/" }],
    sources: dataset.sources.map((source) => ({ title: source.title, ...(source.url ? { path: source.url } : {}) })),
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
        fields: table.fields,
        missingValues: [""],
        primaryKey: table.primaryKey,
        foreignKeys: table.foreignKeys,
      },
    })),
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
