import type { Table } from "./columns.js";
import { collectionNames, type CollectionName, type Dataset } from "../lib/collections.js";

/** One collection as a JSON array, two-space indented, trailing newline. */
export function collectionJson(records: readonly unknown[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** One record a line, for streaming tools and DuckDB's read_ndjson. */
export function collectionNdjson(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join("");
}

/** Every collection in one file, after a small header. */
export function datasetJson(dataset: Dataset, version: string): string {
  const counts = Object.fromEntries(collectionNames.map((name) => [name, dataset[name].length])) as Record<CollectionName, number>;
  return `${JSON.stringify({ name: "china-sti-cooperation", version, counts, ...dataset }, null, 2)}\n`;
}

/** A table (the series) as a JSON array of rows: every column in each row, null where empty. */
export function tableJson(table: Table): string {
  return `${JSON.stringify(table.rows.map((row) => Object.fromEntries(table.fields.map((field) => [field.name, row[field.name] ?? null]))), null, 2)}\n`;
}
