import * as z from "zod";
import { collections, type CollectionName } from "../collections.js";

export function schemaFileName(collection: CollectionName): string {
  return `${collections[collection].entity}.schema.json`;
}

/**
 * The JSON Schema (draft 2020-12) of one collection's record files, generated from its zod schema.
 * It also allows the "$schema" key that points editors at this file; the loader strips that key
 * before zod sees a record, so zod and the JSON Schema accept exactly the same records.
 */
export function jsonSchemaOf(collection: CollectionName): Record<string, unknown> {
  const generated = z.toJSONSchema(collections[collection].schema, { target: "draft-2020-12" }) as Record<string, unknown>;
  const { $schema, properties, ...rest } = generated;
  return {
    $schema,
    $id: `urn:china-sti-cooperation:schema:${collections[collection].entity}`,
    ...rest,
    properties: {
      $schema: { type: "string", description: "Relative path of this JSON Schema, for editors." },
      ...(properties as object),
    },
  };
}
