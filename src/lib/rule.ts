import type { CollectionName, RecordOf, UncheckedDataset } from "./collections.js";
import type { Problem } from "./problem.js";
import type { Reference } from "./references.js";

/** What validateDataset's caller can add to the rules. */
export interface RuleOptions {
  /** Today's date (YYYY-MM-DD), for the no-future-dates rule; defaults to the clock's. */
  today?: string;
  /**
   * The paragraphs of a source's archived text by its file name (`archivedText`), where the caller can
   * read them; undefined when the file is not there. Without this option the rules that read archived
   * texts do not run.
   */
  archivedText?: (fileName: string) => readonly string[] | undefined;
  /**
   * Ids of records that exist but are not in the dataset, by collection (known from folder listings,
   * by `validate --changed`): references to them resolve as to any record, and a redirect may not
   * retire one; the "did you mean" hints include them.
   */
  listedIds?: { readonly [K in CollectionName]?: Iterable<string> };
}

/** A record with its index in its collection as passed to validateDataset. */
export interface Entry<K extends CollectionName> {
  index: number;
  record: RecordOf<K>;
}

/** What every rule reads: the records, indexed once per run. */
export interface RuleContext {
  today: string;
  options: RuleOptions;
  dataset: UncheckedDataset;
  /**
   * Every string id of every record, valid or not, with the index of its first holder (undefined for
   * an id of `listedIds` alone, whose record is not in the dataset).
   */
  ids: { readonly [K in CollectionName]: ReadonlyMap<string, number | undefined> };
  /** Every reference field of every collection. */
  references: readonly Reference[];
  /** `collection\0id` of a retired id -> the id that replaces it. */
  retired: ReadonlyMap<string, string>;
  /** The records whose listed top-level fields passed their schema, typed as valid. */
  valid<K extends CollectionName>(collection: K, fields: readonly string[]): Entry<K>[];
  /** The first record with this id, when the listed fields of it passed their schema. */
  byId<K extends CollectionName>(collection: K, id: string, fields: readonly string[]): RecordOf<K> | undefined;
  /** The id of the collection nearest to a misspelt one, for a "did you mean" hint (a bounded search). */
  nearestId(collection: CollectionName, id: string): string | undefined;
}

/** A cross-record rule: a stable id, one line for README, and its check over the indexed records. */
export interface DatasetRule {
  kind: "dataset";
  id: string;
  description: string;
  check(context: RuleContext): Problem[];
}

/** What a file rule sees of one record file; each part is worked out on first use. */
export interface FileFacts {
  /** The path as the file was found. */
  file: string;
  collection: CollectionName;
  /** The file's bytes: none when it is longer than a record can be (it is not read). */
  bytes: Uint8Array;
  /** The file's length in bytes. */
  size: number;
  /** The bytes decoded as UTF-8, with U+FFFD for each sequence that is not UTF-8. */
  readonly text: string;
  /** The parsed JSON, or `parseError` when it does not parse. */
  readonly value: unknown;
  readonly parseError: Error | undefined;
}

/** What a file rule found: where in the file, and what to do. */
export interface FileFinding {
  path?: (string | number)[];
  message: string;
  hint?: string;
  line?: number;
  column?: number;
}

/**
 * A check of one record file before its record is read. File rules run stage by stage (1 bytes,
 * 2 empty, 3 JSON syntax, 4 the top-level value, 5 keys, 6 the record's id and "$schema"); a stage
 * that finds something stops the file, since a file that is not JSON has no keys to check.
 */
export interface FileRule {
  kind: "file";
  stage: 1 | 2 | 3 | 4 | 5 | 6;
  id: string;
  description: string;
  check(facts: FileFacts): FileFinding[];
}

export type Rule = DatasetRule | FileRule;
