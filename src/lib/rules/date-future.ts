import { collectionNames, collections, type CollectionName } from "../collections.js";
import { isAfter } from "../dates.js";
import { eachValueAtPath } from "../json-path.js";
import type { Problem } from "../problem.js";
import { partialDatePattern } from "../schemas/common.js";
import { describe, type Described } from "../schema-walk.js";
import type { DatasetRule } from "../rule.js";

// The paths of every partial date in a collection's records ("*" for list items), from the schema.
function datePaths(shape: Described, path: string[], found: string[][]): string[][] {
  if (shape.meta.future === "allowed") return found;
  if (shape.kind === "scalar" && String(shape.pattern) === String(partialDatePattern)) {
    if (!found.some((known) => known.join(".") === path.join("."))) found.push(path);
  }
  else if (shape.kind === "object") for (const field of shape.fields) datePaths(field.schema, [...path, field.key], found);
  else if (shape.kind === "array") datePaths(shape.item, [...path, "*"], found);
  else if (shape.kind === "union") for (const form of shape.forms) datePaths(form, path, found);
  return found;
}

let paths: Map<CollectionName, string[][]> | undefined;

export default {
  kind: "dataset",
  id: "date/future",
  description: "No date lies after today, except a target's horizon.",
  check({ valid, today }) {
    paths ??= new Map(collectionNames.map((name) => [name, datePaths(describe(collections[name].schema), [], [])]));
    const problems: Problem[] = [];
    for (const collection of collectionNames) {
      const fields = paths.get(collection)!;
      if (fields.length === 0) continue;
      for (const { index, record } of valid(collection, [...new Set(fields.map((path) => path[0]!))])) {
        for (const path of fields) {
          eachValueAtPath(record, path, (value, at) => {
            if (typeof value === "string" && isAfter(value, today)) {
              problems.push({ collection, index, path: [...at], rule: this.id, message: `${value} is after today (${today})`, hint: "check the year" });
            }
          });
        }
      }
    }
    return problems;
  },
} satisfies DatasetRule;
