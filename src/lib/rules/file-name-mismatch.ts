import { locate } from "../text-position.js";
import type { FileRule } from "../rule.js";

export default {
  kind: "file",
  stage: 6,
  id: "file/name-mismatch",
  description: "A record's file is named after its id: data/<collection>/<id>.json.",
  check({ file, text, value }) {
    const id = (value as Record<string, unknown>).id;
    if (typeof id !== "string" || baseName(file) === `${id}.json`) return [];
    return [{ message: `file name does not match the id "${id}"`, hint: `rename the file to ${id}.json, or correct the id`, ...locate(text, ["id"]) }];
  },
} satisfies FileRule;

// The last part of a path, after "/" or "\\" (the rules also run in a browser, without node:path).
function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
}
