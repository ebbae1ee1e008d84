import { locate } from "../text-position.js";
import type { FileRule } from "../rule.js";

export default {
  kind: "file",
  stage: 6,
  id: "file/name-mismatch",
  description: "A record's file is named after its id: data/<collection>/<id>.json.",
  check({ file, text, value }) {
    const id = (value as Record<string, unknown>).id;
    if (typeof id !== "string" || file.split(/[\\/]/).at(-1) === `${id}.json`) return [];
    return [{ message: `file name does not match the id "${id}"`, hint: `rename the file to ${id}.json, or correct the id`, ...locate(text, ["id"]) }];
  },
} satisfies FileRule;
