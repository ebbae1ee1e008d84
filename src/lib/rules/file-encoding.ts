import { lineAndColumn } from "../text-position.js";
import type { FileRule } from "../rule.js";

// TextDecoder rather than node:buffer, so that the rules also run in a browser.
const strict = new TextDecoder("utf-8", { fatal: true });

export default {
  kind: "file",
  stage: 1,
  id: "file/encoding",
  description: "A record file is valid UTF-8.",
  check({ bytes, text }) {
    // The decoded text has U+FFFD in place of every byte that is not UTF-8: without one, all are.
    if (!text.includes("\uFFFD")) return [];
    try {
      strict.decode(bytes);
      return [];
    } catch {
      // reported below, at the first undecodable byte
    }
    const lossy = new TextDecoder("utf-8").decode(bytes);
    return [{ message: "file is not valid UTF-8", hint: "save it as UTF-8", ...lineAndColumn(lossy, Math.max(0, lossy.indexOf("\uFFFD"))) }];
  },
} satisfies FileRule;
