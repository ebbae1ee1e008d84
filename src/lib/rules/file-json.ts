import { parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import { lineAndColumn } from "../text-position.js";
import type { FileRule } from "../rule.js";

// jsonc-parser's error codes, in plain words.
const jsonErrors: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "malformed number",
  PropertyNameExpected: "expected a field name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: 'expected ":" after the field name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: "unexpected text after the end of the record",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "string is not closed",
  UnexpectedEndOfNumber: "number is cut off",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "control character inside a string",
};

export default {
  kind: "file",
  stage: 3,
  id: "file/json",
  description: "A record file is JSON: no comments, no trailing commas.",
  check({ text, parseError }) {
    if (!parseError) return [];
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const code = first && printParseErrorCode(first.error);
    const message = `invalid JSON: ${code ? (jsonErrors[code] ?? code) : parseError.message}`;
    return [{ message, hint: "check the quotes, commas and brackets near here", ...lineAndColumn(text, first?.offset ?? 0) }];
  },
} satisfies FileRule;
