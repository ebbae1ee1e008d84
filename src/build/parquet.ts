import { parquetWriteBuffer } from "hyparquet-writer";
import type { SchemaElement } from "hyparquet";
import type { Table, TableField } from "./columns.js";

// Each field's declared type, so that no reader guesses: text, 32-bit integers (positions,
// paragraphs, counts of years), doubles (values), booleans, and DATE for calendar days.
const parquetTypes: Record<TableField["type"], Omit<SchemaElement, "name">> = {
  string: { type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" } },
  integer: { type: "INT32" },
  number: { type: "DOUBLE" },
  boolean: { type: "BOOLEAN" },
  date: { type: "INT32", converted_type: "DATE", logical_type: { type: "DATE" } },
};

const dayMs = 86_400_000;

const int32 = (value: number, where: string) => {
  if (!Number.isInteger(value) || value < -(2 ** 31) || value >= 2 ** 31) throw new Error(`parquet: ${where} = ${value} does not fit a 32-bit integer`);
  return value;
};

/**
 * A table as one Parquet file: the columns in table order, each with its declared type, required
 * where the table requires it. A date cell (YYYY-MM-DD) becomes a DATE. The bytes depend only on
 * the table (no time stamps), so that the build is reproducible.
 */
export function tableParquet(table: Table): Uint8Array {
  const schema: SchemaElement[] = [
    { name: "schema", num_children: table.fields.length },
    ...table.fields.map((field) => ({ name: field.name, ...parquetTypes[field.type], repetition_type: field.constraints?.required ? ("REQUIRED" as const) : ("OPTIONAL" as const) })),
  ];
  const columnData = table.fields.map((field) => ({
    name: field.name,
    data: table.rows.map((row) => {
      const value = row[field.name];
      if (value === undefined) return null;
      // Days since 1970-01-01, as DATE stores them (the writer takes a Date too, but that is an object a cell).
      if (field.type === "date") return Date.parse(`${String(value)}T00:00:00Z`) / dayMs;
      if (field.type === "integer") return int32(Number(value), `${table.name}.${field.name}`);
      return value;
    }),
  }));
  return new Uint8Array(parquetWriteBuffer({ columnData, schema, createdBy: "china-sti-cooperation build" }));
}
