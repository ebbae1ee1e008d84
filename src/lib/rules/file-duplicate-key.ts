import { keysInText, mayHaveDuplicateKeys } from "../json-keys.js";
import type { FileRule } from "../rule.js";

export default {
  kind: "file",
  stage: 5,
  id: "file/duplicate-key",
  description:
    "No key appears twice in one object, also not in two Unicode normalizations (JSON.parse would keep only the last; format would merge them).",
  check({ text, value }) {
    if (!mayHaveDuplicateKeys(text, value)) return [];
    return keysInText(text)
      .filter((key) => key.repeated)
      .map((key) => ({
        path: key.path,
        message: `key "${key.name}" appears twice in one object${key.repeated === "normalized" ? ", in two Unicode normalizations" : ""}`,
        hint: "keep one of them",
        line: key.line,
        column: key.column,
      }));
  },
} satisfies FileRule;
