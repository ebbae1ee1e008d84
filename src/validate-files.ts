import { relative } from "node:path";
import { collectionNames, type CollectionName, type UncheckedDataset } from "./collections.js";
import { loadPaths, locate, type FileProblem, type LoadOptions, type RecordFile } from "./loader.js";
import type { RuleOptions } from "./rules.js";
import { validateDataset } from "./validate.js";

export interface FilesReport {
  /** Every record file that parsed, grouped by collection in the order read. */
  files: { [K in CollectionName]: RecordFile[] };
  /** Every problem, sorted by file, line and column. */
  problems: FileProblem[];
  /** How many record files parsed. */
  fileCount: number;
  /** A path could not be read at all. */
  ioError: boolean;
}

/**
 * Reads record files and folders and validates them as one dataset: the same schema and
 * cross-record rules as validateDataset, with each problem placed at its file, line and column.
 */
export function validateFiles(paths: readonly string[], options: LoadOptions & RuleOptions = {}): FilesReport {
  const loaded = loadPaths(paths, options);
  const files = Object.fromEntries(collectionNames.map((name) => [name, [] as RecordFile[]])) as FilesReport["files"];
  for (const file of loaded.files) files[file.collection].push(file);

  const dataset: UncheckedDataset = {};
  for (const name of collectionNames) dataset[name] = files[name].map((file) => file.record);

  const problems = [...loaded.problems];
  for (const problem of validateDataset(dataset, options)) {
    const file = files[problem.collection!][problem.index!]!;
    const related = problem.related && files[problem.related.collection][problem.related.index];
    problems.push({
      ...problem,
      file: file.file,
      ...locate(file.text, problem.path, problem.rule === "schema/unknown-field"),
      ...(related ? { hint: `${problem.hint}; the other is ${relative(process.cwd(), related.file)}` } : {}),
    });
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { files, problems, fileCount: loaded.files.length, ioError: loaded.ioError };
}
