import type * as z from "zod";
import { collectionNames, collections, type CollectionName, type UncheckedDataset } from "./collections.js";
import { allowedValuesHint, nearest } from "./hints.js";
import { valueAt } from "./json-path.js";
import type { Problem } from "./problem.js";
import { checkRules, type RuleOptions } from "./rules.js";
import { idPattern, partialDatePattern, textPattern } from "./schemas/common.js";

// Hints for the regular expressions the schemas use, keyed by the pattern as zod reports it.
const patternHints = new Map<string, string>([
  [String(idPattern), 'use lowercase letters, digits and single hyphens, e.g. "zhang-guangjun"'],
  [String(partialDatePattern), 'write a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2023-03-09"'],
  [String(textPattern), "write one line with no leading or trailing spaces"],
]);

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

/** Turns one zod issue into problems in plain words. */
function fromIssue(collection: CollectionName, index: number, record: unknown, issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path as (string | number)[];
  const value = valueAt(record, path);
  const base = { collection, index, path };
  switch (issue.code) {
    case "invalid_type": {
      const parent = valueAt(record, path.slice(0, -1));
      if (value === undefined && parent !== null && typeof parent === "object") {
        return [{ ...base, rule: "schema/required", message: `missing required field "${path.at(-1)}"`, hint: `add "${path.at(-1)}" (${issue.expected})` }];
      }
      return [{ ...base, rule: "schema/type", message: `expected ${issue.expected}, found ${describe(value)}` }];
    }
    case "invalid_value":
      return [{ ...base, rule: "schema/enum", message: `${JSON.stringify(value)} is not an allowed value`, hint: allowedValuesHint(value, issue.values) }];
    case "invalid_union":
      if ("discriminator" in issue && issue.discriminator) {
        const options = (issue as unknown as { options: unknown[] }).options ?? [];
        return [{ ...base, rule: "schema/enum", message: `${JSON.stringify(value)} is not an allowed value`, hint: allowedValuesHint(value, options) }];
      }
      return [{ ...base, rule: "schema/union", message: "matches none of the allowed forms" }];
    case "unrecognized_keys": {
      const known = Object.keys(knownKeys(collection, path));
      return issue.keys.map((key) => ({
        ...base,
        path: [...path, key],
        rule: "schema/unknown-field",
        message: `unknown field "${key}"`,
        hint: nearest(key, known) ? `did you mean "${nearest(key, known)}"?` : "remove it, or see the schema for the fields allowed here",
      }));
    }
    case "invalid_format": {
      const pattern = "pattern" in issue ? String(issue.pattern) : "";
      return [{ ...base, rule: "schema/format", message: `${describe(value)} is not in the expected form`, hint: patternHints.get(pattern) ?? `must match ${pattern}` }];
    }
    case "too_small":
      if (issue.origin === "array") {
        return [{ ...base, rule: "schema/too-few", message: `needs at least ${issue.minimum} item(s)` }];
      }
      return [{ ...base, rule: "schema/too-small", message: `${describe(value)} is below the minimum of ${issue.minimum}` }];
    case "too_big":
      return [{ ...base, rule: "schema/too-big", message: `${describe(value)} is above the maximum of ${issue.maximum}` }];
    default:
      return [{ ...base, rule: `schema/${issue.code.replaceAll("_", "-")}`, message: issue.message }];
  }
}

/** The fields allowed in the object at `path` of a record, for "did you mean" hints (top level only). */
function knownKeys(collection: CollectionName, path: readonly unknown[]): Record<string, unknown> {
  return path.length === 0 ? collections[collection].schema.shape : {};
}

/**
 * Checks every record against its collection's schema and then the cross-record rules, and returns
 * every problem found (empty when the dataset is valid). Cross-record rules run on the records that
 * passed their schema, so one bad field is not reported twice.
 */
export function validateDataset(dataset: UncheckedDataset, options: RuleOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const valid: { [K in CollectionName]?: { index: number; record: unknown }[] } = {};
  for (const collection of collectionNames) {
    const schema = collections[collection].schema as z.ZodType;
    const checked: { index: number; record: unknown }[] = [];
    (dataset[collection] ?? []).forEach((record, index) => {
      const result = schema.safeParse(record);
      if (result.success) checked.push({ index, record });
      else for (const issue of result.error.issues) problems.push(...fromIssue(collection, index, record, issue));
    });
    valid[collection] = checked;
  }
  problems.push(...checkRules(dataset, valid, options));
  return problems;
}
