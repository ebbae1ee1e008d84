import { locate } from "../text-position.js";
import type { FileRule } from "../rule.js";

export default {
  kind: "file",
  stage: 6,
  id: "file/name-mismatch",
  description: "A record's file is named after its id: data/<collection>/<id>.json.",
  check({ file, text, value }) {
    const id = (value as Record<string, unknown>).id;
    if (typeof id !== "string" || isNamedAfter(file, id)) return [];
    return [{ message: `file name does not match the id "${id}"`, hint: `rename the file to ${id}.json, or correct the id`, ...locate(text, ["id"]) }];
  },
} satisfies FileRule;

/**
 * Whether the last part of a path, after "/" or "\\", is `<id>.json`: compared in place, since no
 * string need be made for the one file in a hundred thousand that is misnamed (the rules also run in a
 * browser, without node:path).
 */
function isNamedAfter(file: string, id: string): boolean {
  const start = file.length - id.length - ".json".length;
  if (start < 0 || !file.endsWith(".json") || !file.startsWith(id, start) || id.includes("/") || id.includes("\\")) return false;
  const before = file.charCodeAt(start - 1);
  return start === 0 || before === 0x2f || before === 0x5c;
}
