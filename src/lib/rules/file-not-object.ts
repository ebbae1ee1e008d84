import type { FileRule } from "../rule.js";

export default {
  kind: "file",
  stage: 4,
  id: "file/not-object",
  description: "A record file holds one JSON object.",
  check: ({ value }) =>
    value === null || typeof value !== "object" || Array.isArray(value)
      ? [{ message: "file holds no JSON object", hint: "a record file holds one object: { ... }", line: 1, column: 1 }]
      : [],
} satisfies FileRule;
