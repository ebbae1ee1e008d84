import type * as z from "zod";
import { collections, type CollectionName } from "./collections.js";

// The zod definition parts this walk reads: objects, optionals, arrays and unions.
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType | undefined): Def | undefined {
  return schema?.def as Def | undefined;
}

// Orders an object's keys as its schema declares them (unknown keys last, by name), recursively,
// and puts every string in Unicode NFC.
function ordered(value: unknown, schema: z.ZodType | undefined): unknown {
  let def = defOf(schema);
  while (def?.type === "optional") {
    schema = def.innerType;
    def = defOf(schema);
  }
  if (def?.type === "union") {
    schema = def.options?.find((option) => option.safeParse(value).success) ?? def.options?.[0];
    def = defOf(schema);
  }
  if (typeof value === "string") return value.normalize("NFC");
  if (Array.isArray(value)) return value.map((item) => ordered(item, def?.type === "array" ? def.element : undefined));
  if (value === null || typeof value !== "object") return value;
  const shape = def?.type === "object" ? (def.shape ?? {}) : {};
  const declared = Object.keys(shape);
  const keys = Object.keys(value).sort((a, b) => {
    const ia = declared.indexOf(a);
    const ib = declared.indexOf(b);
    return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib) || a.localeCompare(b);
  });
  return Object.fromEntries(keys.map((key) => [key.normalize("NFC"), ordered((value as Record<string, unknown>)[key], shape[key])]));
}

/** A record with its keys in schema order and its strings in NFC. */
export function canonicalRecord(collection: CollectionName, record: Record<string, unknown>): Record<string, unknown> {
  return ordered(record, collections[collection].schema) as Record<string, unknown>;
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
