import { collectionNames, collections, references, type CollectionName, type Dataset } from "../collections.js";
import { valueAt } from "../json-path.js";
import { jsonSchemaOf } from "./json-schema.js";

/**
 * The flat tables behind the CSV exports and the data package, derived from each collection's
 * JSON Schema so that columns, types and descriptions have one source. The rules:
 * - a field holding one value is a column, named in snake_case (nameInSource -> name_in_source);
 *   a field holding the id of another record gets "_id" (event -> event_id);
 * - a nested object becomes columns joined by "_" (date.notAfter -> date_not_after); for a choice of
 *   forms (stated, inferred or unknown date) the columns of every form, empty where a form lacks one;
 * - a list becomes its own table, <entity>_<field> (event_outcomes), one row per item, keyed by the
 *   owner's id and the item's 1-based position; except the topic slugs, joined with ";" in one cell.
 */

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  description?: string;
  title?: string;
};

export type Cell = string | number | undefined;

export interface TableField {
  name: string;
  type: "string" | "integer" | "number";
  description: string;
  constraints?: { required?: true; enum?: string[]; pattern?: string };
}

export interface Table {
  name: string;
  description: string;
  fields: TableField[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  rows: Record<string, Cell>[];
}

/** Lists of plain slugs that stay in one cell; a slug has no ";" so the join is unambiguous. */
export const joinedLists: Partial<Record<CollectionName, string[]>> = { events: ["topics"] };
export const listSeparator = ";";

// The column that holds each item of a list of single values.
const itemColumns: Record<string, string> = {
  otherNames: "name",
  counterpartCountries: "country",
  counterpartOrganizations: "organization",
  programs: "program",
  outcomes: "outcome",
};

const snake = (name: string) => name.replaceAll(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

interface Column {
  field: TableField;
  /** Where the value is, inside the record or inside one item of a list. */
  path: string[];
  /** The collection whose id the column holds, if it is a reference. */
  target?: CollectionName;
}

function isReference(collection: CollectionName, path: readonly string[]): CollectionName | undefined {
  const key = path.join(".");
  return references.find((ref) => ref.from === collection && ref.path.join(".") === key)?.to;
}

// Merges the forms of a oneOf into one object schema: every property of any form; a property is
// required only if every form requires it; a discriminator's constants become its enum.
function merged(schema: JsonSchema): JsonSchema {
  if (!schema.oneOf) return schema;
  const properties: Record<string, JsonSchema> = {};
  for (const form of schema.oneOf) {
    for (const [key, property] of Object.entries(form.properties ?? {})) {
      const known = properties[key];
      if (property.const !== undefined) {
        const values = [...(known?.enum ?? []), property.const];
        const text = `${String(property.const)}: ${property.description ?? ""}`.trim();
        properties[key] = { type: "string", enum: values, description: known?.description ? `${known.description} ${text}` : text };
      } else properties[key] ??= property;
    }
  }
  const required = Object.keys(properties).filter((key) => schema.oneOf!.every((form) => form.required?.includes(key)));
  return { type: "object", properties, required, description: schema.description };
}

// `listPath` is the path of the list an item belongs to (["citations", "*"]), for finding references.
function columnsOf(collection: CollectionName, schema: JsonSchema, path: string[], prefix: string, required: boolean, context: string, listPath: string[] = []): Column[] {
  const object = merged(schema);
  const columns: Column[] = [];
  for (const [key, property] of Object.entries(object.properties ?? {})) {
    if (key === "$schema") continue;
    const at = [...path, key];
    const isRequired = required && (object.required ?? []).includes(key);
    const name = `${prefix}${snake(key)}`;
    const description = property.description ?? property.title ?? context;
    const inner = merged(property);
    if (inner.type === "object") {
      columns.push(...columnsOf(collection, inner, at, `${name}_`, isRequired, description, listPath));
    } else if (inner.type === "array") {
      if (joinedLists[collection]?.includes(key) && path.length === 0) {
        columns.push({ path: at, field: { name, type: "string", description: `${description} Joined with "${listSeparator}".` } });
      }
    } else {
      const target = isReference(collection, [...listPath, ...at]);
      columns.push({
        path: at,
        ...(target ? { target } : {}),
        field: {
          name: target ? `${name}_id` : name,
          type: inner.type === "integer" ? "integer" : inner.type === "number" ? "number" : "string",
          description,
          ...constraints(isRequired, inner),
        },
      });
    }
  }
  return columns;
}

function constraints(required: boolean, schema: JsonSchema): Pick<TableField, "constraints"> {
  const found: NonNullable<TableField["constraints"]> = {};
  if (required) found.required = true;
  if (schema.enum) found.enum = schema.enum.map(String);
  if (schema.pattern) found.pattern = schema.pattern;
  return Object.keys(found).length > 0 ? { constraints: found } : {};
}

function cellOf(value: unknown): Cell {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.join(listSeparator);
  return typeof value === "number" ? value : String(value);
}

function foreignKeysOf(columns: readonly Column[]): Table["foreignKeys"] {
  return columns.flatMap(({ field, target }) => (target ? [{ fields: [field.name], reference: { resource: target, fields: ["id"] } }] : []));
}

/** Every table: one per collection, then one per list field of each. */
export function tablesOf(dataset: Dataset): Table[] {
  const tables: Table[] = [];
  for (const collection of collectionNames) {
    const schema = jsonSchemaOf(collection) as JsonSchema;
    const entity = collections[collection].entity;
    const records = dataset[collection] as unknown as Record<string, unknown>[];
    const columns = columnsOf(collection, schema, [], "", true, "");
    const fields = columns.map((column) => column.field);
    tables.push({
      name: collection,
      description: schema.description ?? "",
      fields,
      primaryKey: ["id"],
      foreignKeys: foreignKeysOf(columns),
      rows: records.map((record) => Object.fromEntries(columns.map(({ field, path }) => [field.name, cellOf(valueAt(record, path))]))),
    });

    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      if (property.type !== "array" || joinedLists[collection]?.includes(key)) continue;
      const items = merged(property.items ?? {});
      const owner = `${entity}_id`;
      const target = isReference(collection, [key, "*"]);
      const itemColumnsOf: Column[] =
        items.type === "object"
          ? columnsOf(collection, items, [], "", true, property.description ?? "", [key, "*"])
          : [{
              path: [],
              ...(target ? { target } : {}),
              field: {
                name: `${itemColumns[key]}${target ? "_id" : ""}`,
                type: "string",
                description: items.description ?? property.description ?? "",
                ...constraints(true, items),
              },
            }];
      const fields: TableField[] = [
        { name: owner, type: "string", description: `Id of the ${entity} (the ${collection} table).`, constraints: { required: true } },
        { name: "position", type: "integer", description: "1-based position of the item in the record's list.", constraints: { required: true } },
        ...itemColumnsOf.map((column) => column.field),
      ];
      const rows: Record<string, Cell>[] = [];
      for (const record of records) {
        const list = (record[key] ?? []) as unknown[];
        list.forEach((item, index) => {
          rows.push({
            [owner]: record.id as string,
            position: index + 1,
            ...Object.fromEntries(itemColumnsOf.map(({ field, path }) => [field.name, cellOf(path.length === 0 ? item : valueAt(item, path))])),
          });
        });
      }
      tables.push({
        name: `${entity}_${snake(key)}`,
        description: `${property.description ?? key} One row per item of ${collection}.${key}.`,
        fields,
        primaryKey: [owner, "position"],
        foreignKeys: [
          { fields: [owner], reference: { resource: collection, fields: ["id"] } },
          ...foreignKeysOf(itemColumnsOf),
        ],
        rows,
      });
    }
  }
  return tables;
}
