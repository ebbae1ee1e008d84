import * as z from "zod";
import { collectionNames, collections, type CollectionName } from "../lib/collections.js";
import { exportMetaKeys } from "../lib/schemas/meta.js";

export type JsonSchemas = Record<CollectionName, Record<string, unknown>>;

/**
 * The JSON Schema (draft 2020-12) of one collection's record files, generated from its zod schema.
 * It also allows the "$schema" key that points editors at this file; the loader strips that key
 * before zod sees a record, so zod and the JSON Schema accept exactly the same records. The
 * exporters' metadata (references, code lists) is not JSON Schema and is left out.
 */
function jsonSchemaOf(collection: CollectionName): Record<string, unknown> {
  const generated = z.toJSONSchema(collections[collection].schema, {
    target: "draft-2020-12",
    override: ({ jsonSchema }) => {
      for (const key of exportMetaKeys) delete (jsonSchema as Record<string, unknown>)[key];
    },
  }) as Record<string, unknown>;
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

/** Every collection's JSON Schema, computed once per build. */
export function jsonSchemas(): JsonSchemas {
  return Object.fromEntries(collectionNames.map((name) => [name, jsonSchemaOf(name)])) as JsonSchemas;
}
