import { collections, type CollectionName } from "../lib/collections.js";
import { describe, formOf, type Described } from "../lib/schema-walk.js";

// Orders an object's keys as its schema declares them (unknown keys last, by name), recursively,
// and puts every string in Unicode NFC.
function ordered(value: unknown, shape: Described | undefined): unknown {
  if (shape?.kind === "union") shape = formOf(shape, value) ?? shape.forms[0];
  if (typeof value === "string") return value.normalize("NFC");
  if (Array.isArray(value)) return value.map((item) => ordered(item, shape?.kind === "array" ? shape.item : undefined));
  if (value === null || typeof value !== "object") return value;
  const fields = shape?.kind === "object" ? shape.fields : [];
  const declared = fields.map((field) => field.key);
  const keys = Object.keys(value).sort((a, b) => {
    const ia = declared.indexOf(a);
    const ib = declared.indexOf(b);
    return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib) || a.localeCompare(b);
  });
  return Object.fromEntries(
    keys.map((key) => [key.normalize("NFC"), ordered((value as Record<string, unknown>)[key], fields.find((field) => field.key === key)?.schema)]),
  );
}

/** A record with its keys in schema order and its strings in NFC. */
export function canonicalRecord(collection: CollectionName, record: Record<string, unknown>): Record<string, unknown> {
  return ordered(record, describe(collections[collection].schema)) as Record<string, unknown>;
}

/**
 * The one canonical text of a record file: "$schema" first, keys in schema order, two-space
 * indent, NFC strings, a trailing newline.
 */
export function canonicalText(collection: CollectionName, record: Record<string, unknown>, schemaRef?: unknown): string {
  const body = canonicalRecord(collection, record);
  const withRef = schemaRef === undefined ? body : { $schema: schemaRef, ...body };
  return `${JSON.stringify(withRef, null, 2)}\n`;
}
