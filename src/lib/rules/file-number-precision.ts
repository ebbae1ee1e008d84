import { visit } from "jsonc-parser";
import { lineAndColumn } from "../text-position.js";
import type { FileRule } from "../rule.js";

// Only a number with many digits or an exponent can fail to come back as written: a run of 16 digits
// and points, or a digit before an exponent. Spelled to start with one character, which the engine
// looks for before trying the rest (a third faster over every file than /[0-9.]{16,}|[0-9][eE]/).
const mayLoseDigits = /[0-9](?:[eE]|[0-9.]{15})|\.[0-9.]{15}/;

// A decimal number as its digits and power of ten, with no leading or trailing zeros: two numerals
// have the same value exactly when these are equal.
function exactValue(numeral: string): string {
  const [, sign, whole, fraction = "", exponent = "0"] = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(numeral)!;
  const digits = `${whole}${fraction}`.replace(/^0+/, "");
  if (digits === "") return "0";
  const significant = digits.replace(/0+$/, "");
  return `${sign}${significant}e${BigInt(exponent) - BigInt(fraction.length) + BigInt(digits.length - significant.length)}`;
}

export default {
  kind: "file",
  stage: 5,
  id: "file/number-precision",
  description:
    "A number is read exactly as written: no integer beyond 2^53 or decimal with more digits than a double holds (JSON.parse, and so format and the exports, would round it), nothing out of range (it would become Infinity).",
  check({ text }) {
    if (!mayLoseDigits.test(text)) return [];
    const findings: ReturnType<FileRule["check"]> = [];
    visit(text, {
      onLiteralValue(value, offset, length, _line, _column, path) {
        if (typeof value !== "number") return;
        const numeral = text.slice(offset, offset + length);
        const read = Number(numeral);
        if (Number.isFinite(read) && exactValue(String(read)) === exactValue(numeral)) return;
        findings.push({
          path: path(),
          message: Number.isFinite(read)
            ? `number ${numeral} has more digits than a number holds: it would be read as ${String(read)}`
            : `number ${numeral} is out of range: it would be read as ${String(read)}`,
          hint: "round it to at most 15 significant digits (an integer to at most 9007199254740992)",
          ...lineAndColumn(text, offset),
        });
      },
    });
    return findings;
  },
} satisfies FileRule;
