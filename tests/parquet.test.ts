import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { beforeAll, describe, expect, it } from "vitest";
import type { DuckDBConnection } from "@duckdb/node-api";
import { tableParquet } from "../src/build/parquet.js";
import type { Table } from "../src/build/columns.js";
import { readPackage, type Value } from "./csv-reader.js";
import { duckdb, duckdbTypes, literal } from "./duckdb.js";
import { root } from "./helpers.js";

const exportsDir = join(root, "exports");
const { descriptor, tables } = readPackage(exportsDir);
const names = descriptor.resources.map((r) => r.name);
const arrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const parquetFile = (name: string) => arrayBuffer(readFileSync(join(exportsDir, "parquet", `${name}.parquet`)));

// What hyparquet gives back for a cell, as the CSV reader gives it: dates as YYYY-MM-DD.
const plain = (value: unknown): Value => (value === null || value === undefined ? undefined : value instanceof Date ? value.toISOString().slice(0, 10) : (value as Value));

const expectedElement = {
  string: { type: "BYTE_ARRAY", converted_type: "UTF8" },
  integer: { type: "INT32" },
  number: { type: "DOUBLE" },
  boolean: { type: "BOOLEAN" },
  date: { type: "INT32", converted_type: "DATE" },
} as const;

describe("Parquet round trip (hyparquet reads back what the build wrote)", () => {
  it.each(names)("%s: the declared types, required where required, the values of the CSV", async (name) => {
    const resource = descriptor.resources.find((r) => r.name === name)!;
    const file = parquetFile(name);
    const schema = parquetMetadata(file).schema.slice(1);
    expect(schema.map((element) => element.name)).toEqual(resource.schema.fields.map((f) => f.name));
    resource.schema.fields.forEach((field, i) => {
      expect(schema[i], `${name}.${field.name}`).toMatchObject({ ...expectedElement[field.type], repetition_type: field.constraints?.required ? "REQUIRED" : "OPTIONAL" });
    });
    const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    expect(rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])))).toEqual(tables.get(name));
  });

  it("writes an empty table, leap days, required and optional cells; refuses an integer a reader would overflow", async () => {
    const table: Table = {
      name: "t", description: "", primaryKey: ["id"], foreignKeys: [],
      fields: [
        { name: "id", type: "string", description: "", constraints: { required: true } },
        { name: "n", type: "integer", description: "" },
        { name: "x", type: "number", description: "" },
        { name: "flag", type: "boolean", description: "" },
        { name: "day", type: "date", description: "" },
      ],
      rows: [{ id: "=a", n: -3, x: 0.1, flag: true, day: "2024-02-29" }, { id: "NA" }, { id: "b", day: "1900-01-01", n: 2 ** 31 - 1 }],
    };
    const back = await parquetReadObjects({ file: arrayBuffer(tableParquet(table)) });
    expect(back.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])))).toEqual([
      { id: "=a", n: -3, x: 0.1, flag: true, day: "2024-02-29" },
      { id: "NA", n: undefined, x: undefined, flag: undefined, day: undefined },
      { id: "b", n: 2 ** 31 - 1, x: undefined, flag: undefined, day: "1900-01-01" },
    ]);
    expect(await parquetReadObjects({ file: arrayBuffer(tableParquet({ ...table, rows: [] })) })).toEqual([]);
    expect(() => tableParquet({ ...table, rows: [{ id: "c", n: 2 ** 31 }] })).toThrow(/32-bit/);
  });

  it("is the same bytes for the same table", () => {
    const table = { name: "t", description: "", primaryKey: ["a"], foreignKeys: [], fields: [{ name: "a", type: "string" as const, description: "" }], rows: [{ a: "x" }] };
    expect(Buffer.from(tableParquet(table)).equals(Buffer.from(tableParquet(table)))).toBe(true);
  });
});

describe("DuckDB reads the Parquet files and the CSV files with the declared types", () => {
  let db: DuckDBConnection | undefined;
  beforeAll(async () => {
    db = await duckdb();
  });
  const rowsOf = async (sql: string) => (await db!.runAndReadAll(sql)).getRowObjectsJson();

  it.each(names)("%s", async (name) => {
    if (!db) return;
    const resource = descriptor.resources.find((r) => r.name === name)!;
    const parquet = literal(join(exportsDir, "parquet", `${name}.parquet`));
    const described = await rowsOf(`DESCRIBE SELECT * FROM read_parquet(${parquet})`);
    expect(described.map((row) => [row.column_name, row.column_type])).toEqual(resource.schema.fields.map((f) => [f.name, duckdbTypes[f.type]]));

    // The CSV read with the declared types, not sniffed, and the formula guard taken off the text.
    const columns = `{${resource.schema.fields.map((f) => `${literal(f.name)}: ${literal(duckdbTypes[f.type]!)}`).join(", ")}}`;
    const csv = `read_csv(${literal(join(exportsDir, "csv", `${name}.csv`))}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${columns})`;
    const unguarded = resource.schema.fields
      .map((f) => (f.type === "string" ? `CASE WHEN starts_with("${f.name}", '''') THEN "${f.name}"[2:] ELSE "${f.name}" END AS "${f.name}"` : `"${f.name}"`))
      .join(", ");
    const [counts] = await rowsOf(`SELECT (SELECT count(*) FROM ${csv}) AS csv, (SELECT count(*) FROM read_parquet(${parquet})) AS parquet`);
    expect(counts).toEqual({ csv: String(tables.get(name)!.length), parquet: String(tables.get(name)!.length) });
    expect(await rowsOf(`(SELECT ${unguarded} FROM ${csv}) EXCEPT ALL (SELECT * FROM read_parquet(${parquet}))`)).toEqual([]);
    expect(await rowsOf(`(SELECT * FROM read_parquet(${parquet})) EXCEPT ALL (SELECT ${unguarded} FROM ${csv})`)).toEqual([]);
  });

  it("finds no column named by a reserved word of its SQL", async () => {
    if (!db) return;
    const reserved = new Set((await rowsOf("SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category = 'reserved'")).map((row) => row.keyword_name));
    expect(reserved.has("to")).toBe(true);
    const clashes = descriptor.resources.flatMap((r) => r.schema.fields.filter((f) => reserved.has(f.name)).map((f) => `${r.name}.${f.name}`));
    expect(clashes).toEqual([]);
  });
});
