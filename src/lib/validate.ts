import * as z from "zod";
import { collectionNames, collections, type CollectionName, type RecordOf, type UncheckedDataset } from "./collections.js";
import { datasetRules } from "./generated/rules.js";
import { NameIndex } from "./hints.js";
import type { Problem } from "./problem.js";
import { references } from "./references.js";
import type { Entry, RuleContext, RuleOptions } from "./rule.js";
import { problemsOfIssue } from "./schema-issues.js";

// What the schema found wrong in one record: "*" when the record as a whole is unusable, else the
// top-level fields with a problem (an unknown extra field spoils none of the others).
type Spoiled = Set<string>;

/**
 * Checks every record against its collection's schema, then runs every cross-record rule, and
 * returns every problem found (empty when the dataset is valid). A rule reads the records whose
 * fields it reads passed their schema, so a record with one bad field still gets every other check,
 * and one bad field is not reported twice.
 */
export function validateDataset(dataset: UncheckedDataset, options: RuleOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const spoiled = {} as Record<CollectionName, (Spoiled | undefined)[]>;
  for (const collection of collectionNames) {
    const records = dataset[collection] ?? [];
    const isValid = validatorFor(collection, records.length);
    const schema = collections[collection].schema as z.ZodType;
    spoiled[collection] = records.map((record, index) => {
      if (isValid?.(record)) return undefined;
      const result = schema.safeParse(record);
      if (result.success) return undefined;
      const fields: Spoiled = new Set();
      for (const issue of result.error.issues) {
        problems.push(...problemsOfIssue(collection, index, record, issue));
        if (issue.code !== "unrecognized_keys" || issue.path.length > 0) fields.add(issue.path.length === 0 ? "*" : String(issue.path[0]));
      }
      if (record === null || typeof record !== "object" || Array.isArray(record)) fields.add("*");
      return fields;
    });
  }
  const context = ruleContext(dataset, spoiled, options);
  for (const rule of datasetRules) problems.push(...rule.check(context));
  return problems;
}

// Compiling a schema (zod generates a checker for it) costs about as much as checking a few hundred
// records the ordinary way. The compiled check only says yes or no, building no parsed copy of the
// record (at 100,000 records that copy was an eighth of what validation allocates); a record it
// rejects is parsed the ordinary way, for the issues.
const compileFrom = 256;
const compiled = new Map<CollectionName, (record: unknown) => boolean>();

/** The collection's compiled check, where there are records enough and code generation is allowed. */
function validatorFor(collection: CollectionName, records: number): ((record: unknown) => boolean) | undefined {
  if (records < compileFrom || z.config().jitless) return undefined;
  if (!compiled.has(collection)) {
    const schema = z.compile(collections[collection].schema as z.ZodType);
    compiled.set(collection, (record) => z.validate(schema, record));
  }
  return compiled.get(collection);
}

function ruleContext(dataset: UncheckedDataset, spoiled: Record<CollectionName, (Spoiled | undefined)[]>, options: RuleOptions): RuleContext {
  // Ids come from every record, valid or not, so that one bad field does not also make every
  // reference to the record look dangling.
  const ids = {} as Record<CollectionName, Map<string, number | undefined>>;
  for (const collection of collectionNames) {
    ids[collection] = new Map();
    (dataset[collection] ?? []).forEach((record, index) => {
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id === "string" && !ids[collection].has(id)) ids[collection].set(id, index);
    });
    for (const id of options.listedIds?.[collection] ?? []) if (!ids[collection].has(id)) ids[collection].set(id, undefined);
  }
  const usable = (collection: CollectionName, index: number, fields: readonly string[]) => {
    const bad = spoiled[collection][index];
    return !bad || (!bad.has("*") && !fields.some((field) => bad.has(field)));
  };
  const nameIndexes = new Map<CollectionName, NameIndex>();
  const retired = new Map<string, string>();
  (dataset.redirects ?? []).forEach((record, index) => {
    if (!usable("redirects", index, ["id", "collection", "to"])) return;
    const { collection, id, to } = record as RecordOf<"redirects">;
    retired.set(`${collection}\u0000${id}`, to);
  });
  return {
    today: options.today ?? new Date().toISOString().slice(0, 10),
    options,
    dataset,
    ids,
    references: references(),
    retired,
    valid<K extends CollectionName>(collection: K, fields: readonly string[]) {
      const entries: Entry<K>[] = [];
      (dataset[collection] ?? []).forEach((record, index) => {
        if (usable(collection, index, fields)) entries.push({ index, record: record as RecordOf<K> });
      });
      return entries;
    },
    byId<K extends CollectionName>(collection: K, id: string, fields: readonly string[]) {
      const index = ids[collection].get(id);
      return index !== undefined && usable(collection, index, fields) ? (dataset[collection]![index] as RecordOf<K>) : undefined;
    },
    nearestId(collection: CollectionName, id: string) {
      // Indexed on the first miss only, once per collection.
      let index = nameIndexes.get(collection);
      if (!index) nameIndexes.set(collection, (index = new NameIndex(ids[collection].keys())));
      return index.nearest(id);
    },
  };
}
