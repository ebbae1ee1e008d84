import { collections, type CollectionName } from "../lib/collections.js";
import { describe, type Described } from "../lib/schema-walk.js";

// A blank for every required field, none of which passes validation until filled in: text empty,
// numbers null, lists with as many blank items as they must have, the first form of a choice.
function blank(shape: Described): unknown {
  switch (shape.kind) {
    case "object":
      return Object.fromEntries(shape.fields.filter((field) => !field.optional).map((field) => [field.key, blank(field.schema)]));
    case "array":
      return Array.from({ length: shape.minItems }, () => blank(shape.item));
    case "union":
      return blank(shape.forms[0]!);
    case "scalar":
      if (shape.values?.length === 1) return shape.values[0];
      return shape.type === "string" ? "" : null;
  }
}

/** A new record with "$schema", the id and every required field left to fill in. */
export function newRecord(collection: CollectionName, id: string, schemaRef: string): Record<string, unknown> {
  const record = blank(describe(collections[collection].schema)) as Record<string, unknown>;
  return { $schema: schemaRef, ...record, id };
}
