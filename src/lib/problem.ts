import type { CollectionName } from "./collections.js";

/** One thing wrong with the data, found by the schema, the cross-record rules or the loader. */
export interface Problem {
  /** Collection of the record, where the problem is in a record. */
  collection?: CollectionName;
  /** Index of the record in its collection as passed to validateDataset. */
  index?: number;
  /** JSON path inside the record, e.g. ["citations", 0, "source"]. */
  path: (string | number)[];
  /** Stable rule id, e.g. "schema/invalid-value" or "reference/unresolved". */
  rule: string;
  /** What is wrong, in plain words. */
  message: string;
  /** How to fix it, where we can tell: the nearest id, the allowed values, the expected form. */
  hint?: string;
  /** Another record the problem involves (the first holder of a duplicate id). */
  related?: { collection: CollectionName; index: number };
}
