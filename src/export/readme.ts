import { collectionNames, collections, type Dataset } from "../collections.js";
import { schemaFileName } from "./json-schema.js";
import type { Table } from "./tables.js";

/** The generated parts of README.md, each between `<!-- name:start -->` and `<!-- name:end -->`. */
export function readmeSections(tables: readonly Table[], dataset: Dataset): Record<string, string> {
  return { downloads: downloads(tables, dataset), coverage: coverage(dataset), columns: columns(tables) };
}

function downloads(tables: readonly Table[], dataset: Dataset): string {
  const rows = [
    "| File | What it holds |",
    "| --- | --- |",
    "| `exports/datapackage.json` | The Frictionless data package: every CSV below with its fields, keys, dialect, licence and sources. |",
    "| `exports/json/dataset.json` | Every collection in one object, after `name`, `version` and `counts`. |",
  ];
  for (const name of collectionNames) {
    const what = `All ${dataset[name].length} records of \`${name}\``;
    rows.push(`| \`exports/json/${name}.json\` | ${what}, as one JSON array sorted by id. |`);
    rows.push(`| \`exports/ndjson/${name}.ndjson\` | ${what}, one JSON object a line. |`);
    rows.push(`| \`schemas/${schemaFileName(name)}\` | The JSON Schema of one \`${collections[name].entity}\` record file. |`);
  }
  for (const table of tables) rows.push(`| \`exports/csv/${table.name}.csv\` | ${cell(table.description)} ${table.rows.length} rows. |`);
  return rows.join("\n");
}

const cell = (text: string) => text.replaceAll("|", "\\|");

function coverage(dataset: Dataset): string {
  const counted = collectionNames.filter((name) => name !== "sources" && name !== "redirects");
  const header = `| Source (id) | Kind | Published | Archived text | ${counted.join(" | ")} |`;
  const rule = `| --- | --- | --- | --- | ${counted.map(() => "---:").join(" | ")} |`;
  const rows = dataset.sources.map((source) => {
    const counts = counted.map((name) =>
      (dataset[name] as { citations: { source: string }[] }[]).filter((record) => record.citations.some((c) => c.source === source.id)).length,
    );
    return `| \`${source.id}\` | ${source.kind} | ${source.published ?? "not shown"} | ${source.archivedText ?? ""} | ${counts.join(" | ")} |`;
  });
  const totals = counted.map((name) => dataset[name].length);
  return [header, rule, ...rows, `| **All records** | | | | ${totals.join(" | ")} |`].join("\n");
}

function columns(tables: readonly Table[]): string {
  return tables
    .map((table) => {
      const keys = table.foreignKeys.map((key) => `\`${key.fields[0]}\` → \`${key.reference.resource}.csv\``).join(", ");
      const rows = table.fields.map((field) => {
        const notes = [
          field.constraints?.required ? "required" : "",
          field.constraints?.enum && field.constraints.enum.length <= 12 ? `one of ${field.constraints.enum.map((v) => `\`${v}\``).join(", ")}` : "",
          field.constraints?.enum && field.constraints.enum.length > 12 ? "ISO 3166-1 alpha-2 code" : "",
        ].filter(Boolean);
        return `| \`${field.name}\` | ${field.type} | ${cell(field.description)}${notes.length > 0 ? ` (${notes.join("; ")})` : ""} |`;
      });
      return [
        `#### \`${table.name}.csv\``,
        "",
        `${cell(table.description)} Key: ${table.primaryKey.map((k) => `\`${k}\``).join(" + ")}.${keys ? ` Links: ${keys}.` : ""}`,
        "",
        "| Column | Type | Meaning |",
        "| --- | --- | --- |",
        ...rows,
      ].join("\n");
    })
    .join("\n\n");
}

/** README text with each generated section replaced; throws if a marker is missing. */
export function withSections(readme: string, sections: Record<string, string>): string {
  let text = readme;
  for (const [name, body] of Object.entries(sections)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from === -1 || to < from) throw new Error(`README.md has no ${start} ... ${end} markers`);
    text = `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
  }
  return text;
}
