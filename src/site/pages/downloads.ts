import { tablesOf, type Table } from "../../build/tables.js";
import { collectionNames, collections, isCollectionName } from "../../lib/collections.js";
import { html, type Html } from "../html.js";
import { linker, type Linker, type Page } from "../layout.js";
import { routes, type SiteModel } from "../model.js";

const formats: [RegExp, string][] = [
  [/^exports\/datapackage\.json$/, "Data package"],
  [/^exports\/csv\//, "CSV"],
  [/^exports\/json\//, "JSON"],
  [/^exports\/ndjson\//, "NDJSON"],
  [/^schemas\//, "JSON Schema"],
];

// Any other file of exports/ (a format added later) is listed under its extension.
const formatOf = (file: string) => formats.find(([pattern]) => pattern.test(file))?.[1] ?? (file.split(".").pop() ?? "other").toUpperCase();
const nameOf = (file: string) => file.split("/").pop()!.replace(/\.[^.]+$/, "");

function columns(table: Table): Html {
  return html`<details><summary>${table.fields.length} columns of ${table.name}.csv</summary><table>
<caption>Columns of ${table.name}.csv</caption>
<thead><tr><th scope="col">Column</th><th scope="col">Type</th><th scope="col">Meaning</th></tr></thead>
<tbody>${table.fields.map(
  (field) => html`<tr><td><code>${field.name}</code></td><td>${field.type}</td><td>${field.description}${field.constraints?.required ? " (required)" : ""}${
    field.values ? html`<ul class="values">${Object.entries(field.values).map(([value, meaning]) => html`<li><code>${value}</code>: ${meaning}</li>`)}</ul>` : ""
  }</td></tr>`,
)}</tbody></table></details>`;
}

function describe(file: string, tables: Map<string, Table>, model: SiteModel): Html | string {
  const name = nameOf(file);
  if (file === "exports/datapackage.json") return "The Frictionless data package: every CSV table with its fields, keys, dialect, licence and sources.";
  if (file === "exports/json/dataset.json") return "Every collection in one object, after name, version and counts.";
  const format = formatOf(file);
  if (format === "CSV" && tables.has(name)) return html`${tables.get(name)!.description} ${tables.get(name)!.rows.length} rows. ${columns(tables.get(name)!)}`;
  if ((format === "JSON" || format === "NDJSON") && isCollectionName(name)) return `All ${model.dataset[name].length} records of ${name}${format === "JSON" ? ", as one array sorted by id" : ", one JSON object a line"}.`;
  const schema = collectionNames.find((c) => collections[c].schemaFile === file.slice("schemas/".length));
  if (schema) return `The JSON Schema of one ${collections[schema].entity} record file.`;
  // Another format of a table (one file per table): its columns are those of the CSV.
  return tables.has(name) ? `The ${name} table; its columns are listed with ${name}.csv.` : `${name}, in ${format}.`;
}

/** The downloads: every file of exports/ and schemas/ copied beside the site, by format, with each CSV's columns. */
export function downloadsPage(model: SiteModel, files: readonly string[]): Page {
  const path = routes.downloads;
  const to: Linker = linker(path);
  const tables = new Map(tablesOf(model.dataset as Parameters<typeof tablesOf>[0]).map((table) => [table.name, table]));
  const groups = new Map<string, string[]>();
  for (const file of [...files].sort()) groups.set(formatOf(file), [...(groups.get(formatOf(file)) ?? []), file]);
  const order = [...formats.map(([, format]) => format), ...[...groups.keys()].sort()];
  const body = html`<p>The same records in every format, generated from the validated data. CSV files are UTF-8 without a byte-order mark, with CRLF line ends; a list becomes a table of its own, keyed by the record's id and the item's position. The npm package <code>china-sti-cooperation</code> ships them too.</p>
${files.length === 0 ? html`<p>This build of the site has no downloads beside it.</p>` : [...new Set(order)].filter((format) => groups.has(format)).map(
  (format) => html`<section aria-labelledby="format-${format.replaceAll(/\W/g, "-").toLowerCase()}"><h2 id="format-${format.replaceAll(/\W/g, "-").toLowerCase()}">${format}</h2>
<ul class="downloads">${groups.get(format)!.map((file) => html`<li><a href="${to(file)}">${file.split("/").pop()}</a>: ${describe(file, tables, model)}</li>`)}</ul></section>`,
)}`;
  return { path, title: "Downloads", body };
}
