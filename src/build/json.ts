import type { Table } from "./columns.js";
import { collectionNames, type CollectionName, type Dataset } from "../lib/collections.js";

// The big files are made in pieces, a record each, for the build to write as they come: a file made
// whole first is a string of up to tens of megabytes, kept until the next full collection (at 100,000
// records the build's memory peaked at a gigabyte, most of it such strings waiting to be collected).

/**
 * A list as `JSON.stringify(items, null, 2)` spells it, in pieces, every line after the first
 * indented by `indent` more (for a list inside another value). A string in JSON holds no raw line
 * break, so each line break of an item's text is one of its layout.
 */
export function* jsonListPieces(items: readonly unknown[], indent = ""): Generator<string> {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const inner = `\n${indent}  `;
  for (let i = 0; i < items.length; i += 1) yield `${i === 0 ? "[" : ","}${inner}${JSON.stringify(items[i], null, 2).replaceAll("\n", inner)}`;
  yield `\n${indent}]`;
}

/** One collection as a JSON array, two-space indented, trailing newline. */
export function* collectionJson(records: readonly unknown[]): Generator<string> {
  yield* jsonListPieces(records);
  yield "\n";
}

/** One record a line, for streaming tools and DuckDB's read_ndjson. */
export function* collectionNdjson(records: readonly unknown[]): Generator<string> {
  for (const record of records) yield `${JSON.stringify(record)}\n`;
}

/** Every collection in one file, after a small header. */
export function* datasetJson(dataset: Dataset, version: string): Generator<string> {
  const counts = Object.fromEntries(collectionNames.map((name) => [name, dataset[name].length])) as Record<CollectionName, number>;
  // The header object without its closing brace, then each collection as one more member.
  yield JSON.stringify({ name: "china-sti-cooperation", version, counts }, null, 2).slice(0, -"\n}".length);
  for (const name of collectionNames) {
    yield `,\n  ${JSON.stringify(name)}: `;
    yield* jsonListPieces(dataset[name], "  ");
  }
  yield "\n}\n";
}

/** A table (the series) as a JSON array of rows: every column in each row, null where empty. */
export function tableJson(table: Table): string {
  return `${JSON.stringify(table.rows.map((row) => Object.fromEntries(table.fields.map((field) => [field.name, row[field.name] ?? null]))), null, 2)}\n`;
}
