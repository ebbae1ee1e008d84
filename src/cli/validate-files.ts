import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { collectionNames, isCollectionName, type CollectionName, type UncheckedDataset } from "../lib/collections.js";
import type { RuleOptions } from "../lib/rule.js";
import { locate } from "../lib/text-position.js";
import { validateDataset } from "../lib/validate.js";
import { loadPaths, realPath, RecordFile, type FileProblem, type LoadOptions } from "./loader.js";
import { readRegularFile } from "./read-file.js";

export interface ValidateFilesOptions extends LoadOptions, Omit<RuleOptions, "archivedText" | "listedIds"> {
  /**
   * Read the rest of the data folder a checked file is in, so that its references resolve and
   * duplicates across files are found; only the checked files' problems are reported. Default true.
   */
  context?: boolean;
  /** The folder of archived source texts (`archivedText`), where paragraph numbers are checked. */
  archive?: string;
  /**
   * Records the checked files may refer to but are not part of them, read for context only: the
   * package's own records, in a project that installed the package and keeps records of its own.
   */
  packageRecords?: PackageRecords;
}

/** Records by collection, each collection read from one file (named in problems about a duplicate). */
export type PackageRecords = { [K in CollectionName]?: { file: string; records: readonly Record<string, unknown>[] } };

/** The records a package ships in exports/json/, one file per collection. */
export function readPackageRecords(packageRoot: string): PackageRecords {
  return Object.fromEntries(
    collectionNames.map((name) => {
      const file = join(packageRoot, "exports", "json", `${name}.json`);
      return [name, { file, records: JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>[] }];
    }),
  );
}

export interface FilesReport {
  /** Every record file that parsed and was asked for, grouped by collection in the order read. */
  files: { [K in CollectionName]: RecordFile[] };
  /** Every problem, sorted by file, line and column. */
  problems: FileProblem[];
  /** How many record files were checked. */
  fileCount: number;
  /** How many record files were read (parsed or not): none means nothing could be checked. */
  readCount: number;
  /** A path given could not be read at all. */
  ioError: boolean;
}

// The data folder a record file or collection folder is in: the folder that holds its collection folder.
function dataRootOf(path: string): string | undefined {
  const full = resolve(path);
  let isFolder = false;
  try {
    isFolder = statSync(full).isDirectory();
  } catch {
    // not there: reported by the loader
  }
  if (isFolder && collectionNames.some((name) => existsSync(join(full, name)))) return full;
  const collectionFolder = isFolder ? full : dirname(full);
  return isCollectionName(basename(collectionFolder)) ? dirname(collectionFolder) : undefined;
}

// An archived text longer than this is not one page of a source.
const maxArchivedTextBytes = 16 * 1024 * 1024;

/** Paragraphs of archived texts (non-blank lines), read once each from the archive folder. */
function archiveReader(folder: string): (fileName: string) => readonly string[] | undefined {
  const cache = new Map<string, readonly string[] | undefined>();
  return (fileName) => {
    if (!cache.has(fileName)) {
      const read = readRegularFile(join(folder, fileName), maxArchivedTextBytes);
      const text = "bytes" in read && read.size <= maxArchivedTextBytes ? new TextDecoder().decode(read.bytes) : undefined;
      cache.set(fileName, text?.split(/\r?\n/).filter((line) => line.trim() !== ""));
    }
    return cache.get(fileName);
  };
}

/**
 * The package's records as record files, for context only. They come first, so that a checked record
 * reusing one of their ids is the duplicate that is reported.
 */
export function packagedFiles(packageRecords: PackageRecords | undefined): RecordFile[] {
  return collectionNames.flatMap((collection) => {
    const { file, records = [] } = packageRecords?.[collection] ?? {};
    return records.map((record) => new RecordFile(file!, collection, record, undefined, ""));
  });
}

/**
 * Validates record files as one dataset, in the order given (the order decides which holder of a
 * shared id is the first), and places each problem of a file not in `context` at its line and column.
 */
export function validateRecordFiles(
  files: readonly RecordFile[],
  context: ReadonlySet<RecordFile>,
  options: Omit<ValidateFilesOptions, "context"> & Pick<RuleOptions, "listedIds">,
): { grouped: FilesReport["files"]; problems: FileProblem[] } {
  const grouped = Object.fromEntries(collectionNames.map((name) => [name, [] as RecordFile[]])) as FilesReport["files"];
  for (const file of files) grouped[file.collection].push(file);
  const dataset: UncheckedDataset = {};
  for (const name of collectionNames) dataset[name] = grouped[name].map((file) => file.record);

  const archivedText = options.archive !== undefined && existsSync(options.archive) ? archiveReader(options.archive) : undefined;
  const ruleOptions: RuleOptions = { ...(options.today ? { today: options.today } : {}), ...(archivedText ? { archivedText } : {}), ...(options.listedIds ? { listedIds: options.listedIds } : {}) };
  const problems: FileProblem[] = [];
  for (const problem of validateDataset(dataset, ruleOptions)) {
    const file = grouped[problem.collection!][problem.index!]!;
    if (context.has(file)) continue;
    const related = problem.related && grouped[problem.related.collection][problem.related.index];
    problems.push({
      ...problem,
      file: file.file,
      ...locate(file.text, problem.path, problem.rule === "schema/unknown-field"),
      ...(related ? { hint: `${problem.hint}; the other is ${relative(process.cwd(), related.file)}` } : {}),
    });
  }
  return { grouped, problems };
}

/** Problems in report order: by file, then line and column. */
export function sortProblems(problems: FileProblem[]): FileProblem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Reads record files and folders and validates them as one dataset: the same schema and
 * cross-record rules as validateDataset, with each problem placed at its file, line and column.
 */
export function validateFiles(paths: readonly string[], options: ValidateFilesOptions = {}): FilesReport {
  const loaded = loadPaths(paths, options);

  // The rest of each data folder, read for context only.
  const context: RecordFile[] = [];
  if (options.context !== false && options.collection === undefined) {
    // A data folder given whole has no rest to read.
    const given = new Set(paths.map((path) => resolve(path)));
    const roots = new Set(paths.map(dataRootOf).filter((root): root is string => root !== undefined && !given.has(root)));
    let skip = new Set([...loaded.seen, ...loaded.problems.map((p) => realPath(p.file))]);
    for (const root of roots) {
      // The context's own problems are not reported: they belong to files that were not asked about.
      const folders = collectionNames.map((name) => join(root, name)).filter((folder) => existsSync(folder));
      const extra = loadPaths(folders, { skip });
      skip = extra.seen;
      context.push(...extra.files);
    }
  }

  const packaged = packagedFiles(options.packageRecords);
  const isContext = new Set([...packaged, ...context]);
  const { grouped, problems: found } = validateRecordFiles([...packaged, ...loaded.files, ...context], isContext, options);
  const problems = sortProblems([...loaded.problems, ...found]);
  const files = Object.fromEntries(collectionNames.map((name) => [name, grouped[name].filter((file) => !isContext.has(file))])) as FilesReport["files"];
  return { files, problems, fileCount: loaded.files.length, readCount: loaded.readCount, ioError: loaded.ioError };
}
