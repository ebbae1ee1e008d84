import type { FileRule } from "../rule.js";

export default {
  kind: "file",
  stage: 1,
  id: "file/bom",
  description: "A record file does not start with a byte-order mark.",
  check: ({ bytes }) =>
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? [{ message: "file starts with a byte-order mark", hint: "save it as UTF-8 without BOM", line: 1, column: 1 }]
      : [],
} satisfies FileRule;
