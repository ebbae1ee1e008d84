import type * as z from "zod";
import { collections, type CollectionName } from "./collections.js";
import { allowedValuesHint, nearest } from "./hints.js";
import { valueAt } from "./json-path.js";
import type { Problem } from "./problem.js";
import { idPattern, locatorPattern, partialDatePattern, textPattern } from "./schemas/common.js";
import { urlPattern } from "./schemas/source.js";
import { describe, formOf, type Described } from "./schema-walk.js";

/** The kinds of schema problem, for README: each zod issue becomes one of these. */
export const schemaProblems: Record<string, string> = {
  "schema/required": "A required field is missing.",
  "schema/type": "A field holds the wrong type of value (text for a number, a list for an object).",
  "schema/enum": "A field holds a value outside its list of allowed values.",
  "schema/union": "An object matches none of the forms allowed in its place.",
  "schema/unknown-field": "A field the schema does not define (often a misspelling).",
  "schema/format": "Text not in the required form (an id, a date, one line of text).",
  "schema/too-few": "A list with fewer items than it needs (lists are never empty).",
  "schema/too-small": "A number below its minimum.",
  "schema/too-big": "A number or text above its maximum.",
};

// Hints for the regular expressions the schemas use, keyed by the pattern as zod reports it.
const patternHints = new Map<string, string>([
  [String(idPattern), 'use lowercase letters, digits and single hyphens, e.g. "zhang-guangjun"'],
  [String(partialDatePattern), 'write a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2023-03-09"'],
  [String(textPattern), "write one line with no leading or trailing spaces and no control characters"],
  [String(locatorPattern), "copy at most ten words of the paragraph, single-spaced"],
  [String(urlPattern), "write the full address, http:// or https://, with no spaces"],
]);

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

// The object shape that holds the field at `path` in a record, following lists and union forms.
function objectAt(shape: Described, record: unknown, path: readonly (string | number)[]): Described | undefined {
  let current: Described | undefined = shape;
  let value = record;
  for (const step of path) {
    if (current?.kind === "union") current = formOf(current, value);
    if (current?.kind === "object") current = current.fields.find((field) => field.key === step)?.schema;
    else if (current?.kind === "array") current = current.item;
    else return undefined;
    value = valueAt(value, [step]);
  }
  if (current?.kind === "union") current = formOf(current, value);
  return current;
}

/** Turns one zod issue into problems in plain words. */
export function problemsOfIssue(collection: CollectionName, index: number, record: unknown, issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path as (string | number)[];
  const value = valueAt(record, path);
  const parent = valueAt(record, path.slice(0, -1));
  const base = { collection, index, path };
  // A missing field reads as missing, whatever kind of value it should have held.
  if (value === undefined && path.length > 0 && parent !== null && typeof parent === "object" && !Array.isArray(parent) && issue.code !== "unrecognized_keys") {
    const expected = "expected" in issue ? ` (${String(issue.expected)})` : "";
    return [{ ...base, rule: "schema/required", message: `missing required field "${path.at(-1)}"`, hint: `add "${path.at(-1)}"${expected}` }];
  }
  switch (issue.code) {
    case "invalid_type":
      return [{ ...base, rule: "schema/type", message: `expected ${issue.expected}, found ${describeValue(value)}` }];
    case "invalid_value":
      return [{ ...base, rule: "schema/enum", message: `${JSON.stringify(value)} is not an allowed value`, hint: allowedValuesHint(value, issue.values) }];
    case "invalid_union":
      if ("discriminator" in issue && issue.discriminator) {
        const options = (issue as unknown as { options: unknown[] }).options ?? [];
        return [{ ...base, rule: "schema/enum", message: `${JSON.stringify(value)} is not an allowed value`, hint: allowedValuesHint(value, options) }];
      }
      return [{ ...base, rule: "schema/union", message: "matches none of the allowed forms" }];
    case "unrecognized_keys": {
      const holder = objectAt(describe(collections[collection].schema), record, path);
      const known = holder?.kind === "object" ? holder.fields.map((field) => field.key) : [];
      return issue.keys.map((key) => {
        const near = nearest(key, known);
        return {
          ...base,
          path: [...path, key],
          rule: "schema/unknown-field",
          message: `unknown field "${key}"`,
          hint: near ? `did you mean "${near}"?` : "remove it, or see the schema for the fields allowed here",
        };
      });
    }
    case "invalid_format": {
      const pattern = "pattern" in issue ? String(issue.pattern) : "";
      return [{ ...base, rule: "schema/format", message: `${describeValue(value)} is not in the expected form`, hint: patternHints.get(pattern) ?? `must match ${pattern}` }];
    }
    case "too_small":
      if (issue.origin === "array") return [{ ...base, rule: "schema/too-few", message: `needs at least ${issue.minimum} item(s)` }];
      return [{ ...base, rule: "schema/too-small", message: `${describeValue(value)} is below the minimum of ${issue.minimum}` }];
    case "too_big":
      return [{ ...base, rule: "schema/too-big", message: `${describeValue(value)} is above the maximum of ${issue.maximum}` }];
    default:
      return [{ ...base, rule: `schema/${issue.code.replaceAll("_", "-")}`, message: issue.message }];
  }
}
