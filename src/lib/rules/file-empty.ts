import type { FileRule } from "../rule.js";

export default {
  kind: "file",
  stage: 2,
  id: "file/empty",
  description: "A record file is not empty.",
  check: ({ text }) => (!/\S/.test(text) ? [{ message: "file is empty", hint: "a record is one JSON object" }] : []),
} satisfies FileRule;
