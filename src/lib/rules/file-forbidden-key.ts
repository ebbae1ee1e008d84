import { keysInText } from "../json-keys.js";
import type { FileRule } from "../rule.js";

// Keys that would reach Object.prototype if a consumer copied a record with a naive merge.
const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

export default {
  kind: "file",
  stage: 5,
  id: "file/forbidden-key",
  description: 'No key is "__proto__", "constructor" or "prototype".',
  check({ text, value }) {
    if (!hasForbiddenKey(value)) return [];
    return keysInText(text)
      .filter((key) => forbiddenKeys.has(key.name))
      .map((key) => ({ path: key.path, message: `key "${key.name}" is not allowed`, hint: "rename or remove it", line: key.line, column: key.column }));
  },
} satisfies FileRule;

function hasForbiddenKey(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some(hasForbiddenKey);
  // for...in rather than Object.keys: no array per object (a parsed value has no inherited keys).
  for (const key in value) if (forbiddenKeys.has(key) || hasForbiddenKey((value as Record<string, unknown>)[key])) return true;
  return false;
}
