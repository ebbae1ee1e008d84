// An independent reader of the CSV exports, written from the README's rules rather than from the
// build code: it parses each CSV as the data package describes it and puts the records back together.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

export type Value = string | number | boolean | undefined;

export interface Field {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date";
  description?: string;
  constraints?: { required?: boolean; enum?: (string | boolean | number)[]; pattern?: string };
}

export interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}

export interface DataPackage {
  resources: Resource[];
}

/** Reads a CSV cell as its field says: empty is absent, numbers are numbers, one leading apostrophe is the formula guard. */
export function cellValue(cell: string, field: Field): Value {
  if (cell === "") return undefined;
  if (field.type === "integer") {
    if (!/^-?\d+$/.test(cell)) throw new Error(`${field.name}: "${cell}" is not an integer`);
    return Number(cell);
  }
  if (field.type === "number") {
    const value = Number(cell);
    if (Number.isNaN(value)) throw new Error(`${field.name}: "${cell}" is not a number`);
    return value;
  }
  if (field.type === "date") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(cell) || Number.isNaN(Date.parse(`${cell}T00:00:00Z`))) throw new Error(`${field.name}: "${cell}" is not a calendar day`);
    return cell;
  }
  if (field.type === "boolean") {
    if (cell !== "true" && cell !== "false") throw new Error(`${field.name}: "${cell}" is not true or false`);
    return cell === "true";
  }
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

export function parseCsv(text: string, fields: Field[]): Record<string, Value>[] {
  const rows = parse(text, { columns: true, record_delimiter: "\r\n", relax_quotes: false }) as Record<string, string>[];
  return rows.map((row) => Object.fromEntries(fields.map((field) => [field.name, cellValue(row[field.name] ?? "", field)])));
}

/** Reads datapackage.json and every CSV it lists, from a folder or from any (path) => text. */
export function readPackage(from: string | ((path: string) => string | Uint8Array)): { descriptor: DataPackage; tables: Map<string, Record<string, Value>[]>; texts: Map<string, string> } {
  const read = typeof from === "string" ? (path: string) => readFileSync(join(from, path), "utf8") : (path: string) => String(from(path));
  const descriptor = JSON.parse(read("datapackage.json")) as DataPackage;
  const tables = new Map<string, Record<string, Value>[]>();
  const texts = new Map<string, string>();
  for (const resource of descriptor.resources) {
    const text = read(resource.path);
    texts.set(resource.name, text);
    const header = parse(text.slice(0, text.indexOf("\r\n")))[0] as string[];
    if (header.join(",") !== resource.schema.fields.map((f) => f.name).join(",")) throw new Error(`${resource.path}: header differs from the data package`);
    tables.set(resource.name, parseCsv(text, resource.schema.fields));
  }
  return { descriptor, tables, texts };
}

type JsonSchema = { type?: string; properties?: Record<string, JsonSchema>; oneOf?: JsonSchema[]; items?: JsonSchema };

// README: a field whose name is a reserved word in SQL has a column of another name.
const renamed: Record<string, string> = { to: "new_id" };
const snake = (name: string) => renamed[name] ?? name.replaceAll(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

function propertiesOf(schema: JsonSchema): [string, JsonSchema][] {
  const all = new Map<string, JsonSchema>();
  for (const form of schema.oneOf ?? [schema]) for (const [key, value] of Object.entries(form.properties ?? {})) if (!all.has(key)) all.set(key, value);
  return [...all].filter(([key]) => key !== "$schema");
}

const isObject = (schema: JsonSchema) => schema.type === "object" || schema.oneOf !== undefined;

// A nested object from the columns "<prefix><key>" (or "<prefix><key>_id" for a reference).
function objectFrom(schema: JsonSchema, row: Record<string, Value>, prefix: string): Record<string, unknown> | undefined {
  const object: Record<string, unknown> = {};
  for (const [key, property] of propertiesOf(schema)) {
    const column = `${prefix}${snake(key)}`;
    const value = isObject(property) ? objectFrom(property, row, `${column}_`) : (row[column] ?? row[`${column}_id`]);
    if (value !== undefined) object[key] = value;
  }
  return Object.keys(object).length > 0 ? object : undefined;
}

/** One collection's records, put back together from its table and its list tables. */
export function rebuild(collection: string, entity: string, schema: JsonSchema, tables: Map<string, Record<string, Value>[]>): Record<string, unknown>[] {
  return tables.get(collection)!.map((row) => {
    const record: Record<string, unknown> = {};
    for (const [key, property] of propertiesOf(schema)) {
      const column = snake(key);
      let value: unknown;
      if (property.type === "array" && tables.has(`${entity}_${column}`)) {
        const items = tables
          .get(`${entity}_${column}`)!
          .filter((item) => item[`${entity}_id`] === row.id)
          .sort((a, b) => Number(a.position) - Number(b.position))
          .map((item) => {
            if (isObject(property.items!)) return objectFrom(property.items!, item, "");
            const [only] = Object.keys(item).filter((name) => name !== `${entity}_id` && name !== "position");
            return item[only!];
          });
        value = items.length > 0 ? items : undefined;
      } else if (property.type === "array") {
        value = typeof row[column] === "string" ? (row[column] as string).split(";") : undefined;
      } else if (isObject(property)) {
        value = objectFrom(property, row, `${column}_`);
      } else value = row[column] ?? row[`${column}_id`];
      if (value !== undefined) record[key] = value;
    }
    return record;
  });
}
