import { collectionNames, collections, type CollectionName, type Dataset } from "../lib/collections.js";
import { valueAt } from "../lib/json-path.js";
import { referenceTarget } from "../lib/references.js";
import type { KnownDate } from "../lib/dates.js";
import { describe, mergedForms, valueDescriptions, type Described } from "../lib/schema-walk.js";
import { dateColumns, type Cell, type Column, type Table, type TableField } from "./columns.js";
import { derivedColumns } from "./statistic-columns.js";
import { citationLink } from "./citation-link.js";

/**
 * The flat tables behind the CSV exports and the data package, derived from each collection's zod
 * schema so that columns, types and descriptions have one source. The rules:
 * - a field holding one value is a column, named in snake_case (nameInSource -> name_in_source);
 *   a field holding the id of another record gets "_id" (event -> event_id);
 * - a nested object becomes columns joined by "_" (date.notAfter -> date_not_after); for a choice of
 *   forms (stated, inferred or unknown date) the columns of every form, empty where a form lacks one;
 * - a list becomes its own table, <entity>_<field> (event_outcomes), one row per item, keyed by the
 *   owner's id and the item's 1-based position; its item column is named by the schema (`itemColumn`);
 *   a list of slugs marked `joined` stays in one cell, joined with ";".
 * A field the rules cannot place stops the build, naming the field.
 */

export type { Cell, Table, TableField } from "./columns.js";

export const listSeparator = ";";

const snake = (name: string) => name.replaceAll(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

const objectOf = (shape: Described): Exclude<Described, { kind: "union" }> => (shape.kind === "union" ? mergedForms(shape) : shape);


// A pattern that any regular expression engine reads as written (ids, dates): the free-text
// patterns name character ranges beyond the Basic Multilingual Plane, which engines without
// Unicode mode (Frictionless's among them) cannot compile; the JSON Schemas keep them.
function tablePattern(pattern: RegExp | undefined): string | undefined {
  return pattern && /^[\x20-\x7e]*$/.test(pattern.source) && !/\\u|\\x\{/.test(pattern.source) ? pattern.source : undefined;
}

function scalarField(name: string, shape: Extract<Described, { kind: "scalar" }>, description: string, required: boolean, target?: CollectionName): TableField {
  const values = valueDescriptions(shape);
  // A literal true (a flag) allows the boolean true, not the text "true".
  const allowed = shape.values?.map((value) => (shape.type === "boolean" ? value === "true" : shape.type === "string" ? value : Number(value)));
  return {
    name: target ? `${name}_id` : name,
    type: shape.type,
    description: target ? `${description} Links to ${target}.csv (id).` : description,
    ...(required || allowed || tablePattern(shape.pattern)
      ? {
          constraints: {
            ...(required ? { required: true as const } : {}),
            ...(allowed ? { enum: allowed } : {}),
            ...(tablePattern(shape.pattern) ? { pattern: tablePattern(shape.pattern) } : {}),
          },
        }
      : {}),
    ...(Object.keys(values).length > 0 ? { values } : {}),
    ...(shape.meta.valueSet ? { valueSet: shape.meta.valueSet } : {}),
  };
}

// `listPath` is the path of the list an item belongs to (["citations", "*"]), for finding references;
// `inDate` is set inside a date with how we know it, whose companions cover the partial dates in it.
function columnsOf(collection: CollectionName, object: Described, path: string[], prefix: string, required: boolean, listPath: string[], where: string, inDate = false): Column[] {
  if (object.kind !== "object") throw new Error(`tables: cannot place ${where} (${object.kind}) in a column`);
  const columns: Column[] = [];
  for (const { key, optional, schema } of object.fields) {
    const at = [...path, key];
    const name = `${prefix}${schema.meta.column ?? snake(key)}`;
    const description = schema.meta.description ?? schema.meta.title ?? "";
    const isRequired = required && !optional;
    const inner = objectOf(schema);
    const get = (from: unknown) => cellOf(valueAt(from, at));
    const dated = !inDate && schema.meta.date !== undefined;
    if (inner.kind === "object") columns.push(...columnsOf(collection, inner, at, `${name}_`, isRequired, listPath, `${where}.${key}`, inDate || dated));
    else if (inner.kind === "array") {
      if (path.length > 0 && !inner.meta.joined) throw new Error(`tables: cannot place the list ${collection}.${at.join(".")} inside an object`);
      if (inner.meta.joined) columns.push({ get, field: { name, type: "string", description: `${description} Joined with "${listSeparator}".` } });
    } else {
      const target = referenceTarget(collection, [...listPath, ...at]);
      columns.push({ get, ...(target ? { target } : {}), field: scalarField(name, inner, description, isRequired, target) });
    }
    if (dated) columns.push(...dateColumns(name, schema.meta.date!, (from) => valueAt(from, at) as KnownDate | string | undefined));
  }
  return columns;
}

function cellOf(value: unknown): Cell {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.join(listSeparator);
  return typeof value === "number" || typeof value === "boolean" ? value : String(value);
}

function foreignKeysOf(columns: readonly Column[]): Table["foreignKeys"] {
  return columns.flatMap(({ field, target }) => (target ? [{ fields: [field.name], reference: { resource: target, fields: ["id"] } }] : []));
}

const linkField: TableField = {
  name: "link",
  type: "string",
  description: "Opens the source page at the cited passage (the page's URL with a text fragment made of the locator), or the page itself when there is no locator.",
};

/** Every table: one per collection, then one per list field of each. */
export function tablesOf(dataset: Dataset): Table[] {
  const tables: Table[] = [];
  const urls = new Map(dataset.sources.map((source) => [source.id, source.url]));
  for (const collection of collectionNames) {
    const shape = describe(collections[collection].schema);
    const entity = collections[collection].entity;
    const records = dataset[collection] as unknown as Record<string, unknown>[];
    const columns = [...columnsOf(collection, shape, [], "", true, [], collection), ...((derivedColumns[collection]?.(dataset) ?? []) as Column[])];
    tables.push({
      name: collection,
      description: `${shape.meta.description ?? ""} One row per record.`,
      fields: columns.map((column) => column.field),
      primaryKey: ["id"],
      foreignKeys: foreignKeysOf(columns),
      rows: records.map((record) => Object.fromEntries(columns.map(({ field, get }) => [field.name, get(record)]))),
    });

    if (shape.kind !== "object") continue;
    for (const { key, schema } of shape.fields) {
      if (schema.kind !== "array" || schema.meta.joined) continue;
      const owner = `${entity}_id`;
      const item = objectOf(schema.item);
      const isCitation = schema.item.meta.citation === true;
      const where = `${collection}.${key}[]`;
      let itemColumns: Column[];
      if (item.kind === "object") itemColumns = columnsOf(collection, item, [], "", true, [key, "*"], where);
      else if (item.kind === "scalar") {
        const column = schema.meta.itemColumn;
        if (!column) throw new Error(`tables: the list ${collection}.${key} needs an itemColumn name in its schema's meta`);
        const target = referenceTarget(collection, [key, "*"]);
        itemColumns = [{ get: cellOf, ...(target ? { target } : {}), field: scalarField(column, item, item.meta.description ?? schema.meta.description ?? "", true, target) }];
      } else throw new Error(`tables: cannot place ${where} (${item.kind})`);
      const rows: Record<string, Cell>[] = [];
      for (const record of records) {
        ((record[key] ?? []) as unknown[]).forEach((value, index) => {
          const row: Record<string, Cell> = {
            [owner]: record.id as string,
            position: index + 1,
            ...Object.fromEntries(itemColumns.map(({ field, get }) => [field.name, get(value)])),
          };
          if (isCitation) {
            const { source, locator } = value as { source: string; locator?: string };
            row.link = citationLink(urls.get(source) ?? "", locator);
          }
          rows.push(row);
        });
      }
      const description = schema.meta.description ?? schema.item.meta.description;
      if (!description) throw new Error(`tables: the list ${collection}.${key} needs a description in its schema's meta`);
      tables.push({
        name: `${entity}_${snake(key)}`,
        description: `${description} One row per item of ${collection}.${key}.`,
        fields: [
          { name: owner, type: "string", description: `The ${entity} the item belongs to. Links to ${collection}.csv (id).`, constraints: { required: true } },
          { name: "position", type: "integer", description: "1-based position of the item in the record's list.", constraints: { required: true } },
          ...itemColumns.map((column) => column.field),
          ...(isCitation ? [linkField] : []),
        ],
        primaryKey: [owner, "position"],
        foreignKeys: [{ fields: [owner], reference: { resource: collection, fields: ["id"] } }, ...foreignKeysOf(itemColumns)],
        rows,
      });
    }
  }
  for (const table of tables) {
    const names = table.fields.map((field) => field.name);
    const clash = names.find((name, i) => names.indexOf(name) !== i);
    if (clash) throw new Error(`tables: ${table.name} has a column named "${clash}" twice; rename the field (or its itemColumn or column)`);
  }
  return tables;
}
