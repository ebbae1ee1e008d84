import { type CollectionName } from "./collections.js";
import { jsonSchemaOf, schemaFileName } from "./export/json-schema.js";

type JsonSchema = { type?: string; properties?: Record<string, JsonSchema>; required?: string[]; oneOf?: JsonSchema[]; const?: unknown; minItems?: number; items?: JsonSchema };

// A blank for every required field, from the generated JSON Schema: strings empty, numbers 0,
// lists with as many blank items as they must have, the first form of a choice.
function blank(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.oneOf) return blank(schema.oneOf[0]!);
  switch (schema.type) {
    case "object":
      return Object.fromEntries((schema.required ?? []).map((key) => [key, blank(schema.properties![key]!)]));
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () => blank(schema.items ?? {}));
    case "integer":
    case "number":
      return 0;
    default:
      return "";
  }
}

/** A new record with "$schema", the id and every required field left to fill in. */
export function newRecord(collection: CollectionName, id: string): Record<string, unknown> {
  const record = blank(jsonSchemaOf(collection) as JsonSchema) as Record<string, unknown>;
  return { $schema: `../../schemas/${schemaFileName(collection)}`, ...record, id };
}
