import { collections } from "../collections.js";
import { locate } from "../text-position.js";
import type { FileRule } from "../rule.js";

export default {
  kind: "file",
  stage: 6,
  id: "file/schema-ref",
  description: 'A "$schema" key, where present, points at the JSON Schema of the file\'s collection.',
  check({ text, value, collection }) {
    const $schema = (value as Record<string, unknown>).$schema;
    const expected = collections[collection].schemaFile;
    if ($schema === undefined || (typeof $schema === "string" && ($schema === expected || $schema.endsWith(`/${expected}`)))) return [];
    return [{ message: `"$schema" does not point at ${expected}`, hint: `use "../../schemas/${expected}"`, ...locate(text, ["$schema"]) }];
  },
} satisfies FileRule;
