import * as z from "zod";
import { collectionNames, collections, type CollectionName } from "../lib/collections.js";
import { exportMetaKeys } from "../lib/schemas/meta.js";

export type JsonSchemas = Record<CollectionName, Record<string, unknown>>;

// "$" matches before a final line feed too in Python's re and in PCRE (not in ECMAScript or Go's RE2),
// and no end anchor is common to all four: so next to each pattern, a rule against a final line feed,
// which the patterns refuse in ECMAScript already (their character classes hold no line feed).
const noFinalLineFeed = { pattern: "\\n$" };

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
      const node = jsonSchema as Record<string, unknown>;
      for (const key of exportMetaKeys) delete node[key];
      if (typeof node.pattern === "string" && node.not !== noFinalLineFeed) {
        if (node.not !== undefined) throw new Error(`a pattern beside "not": ${node.pattern}`);
        node.not = noFinalLineFeed;
      }
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

/**
 * A generated JSON file with its regular expressions in ASCII: each character beyond it as a JSON
 * \u escape, which every JSON reader decodes before a regex engine sees the pattern.
 */
export function withAsciiPatterns(json: string): string {
  return json.replace(/^(\s*"pattern": )(".*")(,?)$/gm, (_, key: string, value: string, comma: string) =>
    `${key}${value.replace(/[^\x20-\x7e]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`)}${comma}`,
  );
}
