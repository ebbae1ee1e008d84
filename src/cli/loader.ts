import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { collectionNames, isCollectionName, type CollectionName } from "../lib/collections.js";
import { fileRules } from "../lib/generated/rules.js";
import type { Problem } from "../lib/problem.js";
import type { FileFacts, FileRule } from "../lib/rule.js";
import { maxRecordBytes } from "../lib/rules/file-too-large.js";
import { reason } from "./fs-errors.js";
import { readFileQuickly, readRegularFile } from "./read-file.js";
import { readFilesAhead, readWorkersFrom } from "./read-workers.js";

/** A record file that parsed: where it is, its "$schema", its record without it, and its text (for line numbers). */
export class RecordFile {
  #text: string | undefined;
  constructor(
    readonly file: string,
    readonly collection: CollectionName,
    readonly record: Record<string, unknown>,
    readonly schemaRef: unknown,
    // The text where it is not the file's (records read from elsewhere).
    knownText?: string,
  ) {
    this.#text = knownText;
  }

  /**
   * The file's text, read again the first time it is asked for and kept from then on: few files are
   * asked (those with a problem, or being formatted), and 100,000 texts kept from the first read would
   * weigh as much again as their records.
   */
  get text(): string {
    if (this.#text === undefined) {
      const read = readRegularFile(this.file, maxRecordBytes);
      this.#text = "bytes" in read ? decode(read.bytes) : "";
    }
    return this.#text;
  }
}

function decode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

/** A problem placed in a file, at a line and column where it has one (both 1-based). */
export interface FileProblem extends Problem {
  file: string;
  line?: number;
  column?: number;
}

export interface Loaded {
  files: RecordFile[];
  problems: FileProblem[];
  /** A path given could not be read at all (missing, a broken link): the CLI exits 2. */
  ioError: boolean;
  /** How many record files were read (parsed or not); none means nothing could be checked. */
  readCount: number;
  /** The real path of every file read or reported, for a later load to skip (`skip`). */
  seen: Set<string>;
}

export interface LoadOptions {
  /** Check every file against this collection instead of the one its folder names. */
  collection?: CollectionName;
  /** Files already read (real paths), which are skipped. */
  skip?: ReadonlySet<string>;
  /** Read on worker threads while parsing: by default only from `readWorkersFrom` files on. */
  threads?: boolean;
}

/** What the loader itself reports when it cannot get at a file, for README beside the file rules. */
export const loaderProblems: Record<string, string> = {
  "io/not-found": "A path given to the command does not exist.",
  "io/unreadable": "A file or folder cannot be read (permissions, an I/O error).",
  "file/broken-link": "A symbolic link leads to a file or folder, not to nothing or round in a loop.",
  "file/symlink-outside": "A symbolic link leads outside the folder being checked.",
  "file/not-regular": "A record file is a regular file: a named pipe, a device or a socket is never read.",
  "file/not-folder": "A collection path (data/<collection>) is a folder.",
  "file/stray": "Every file in a collection folder is a record file named <id>.json: a hidden file (but .gitkeep) or another extension (.JSON, .json.bak, .txt) is reported, not skipped.",
  "file/no-collection": "A record file is not in a collection folder (data/<collection>/).",
};

/** A record file the walk found, to be read: `regular` when the folder listing says it is a regular file. */
interface ReadStep {
  read: string;
  collection: CollectionName;
  regular: boolean;
}

const stagedRules: readonly FileRule[] = [...fileRules].sort((a, b) => a.stage - b.stage);

// The facts of one file, each worked out when a rule first asks (a class: no closures per file).
class LazyFileFacts implements FileFacts {
  #text: string | undefined;
  #parsed: { value?: unknown; error?: Error } | undefined;
  constructor(
    readonly file: string,
    readonly collection: CollectionName,
    readonly bytes: Uint8Array,
    readonly size: number,
  ) {}
  get text(): string {
    this.#text ??= decode(this.bytes);
    return this.#text;
  }
  get value(): unknown {
    return this.#parse().value;
  }
  get parseError(): Error | undefined {
    return this.#parse().error;
  }
  #parse() {
    if (!this.#parsed) {
      try {
        this.#parsed = { value: JSON.parse(this.text) };
      } catch (error) {
        this.#parsed = { error: error as Error };
      }
    }
    return this.#parsed;
  }
}

/**
 * Runs the file rules over one file's bytes (`size`: its length, where the bytes were not read for
 * being too many): its record, or every problem of the first stage that found any.
 */
export function parseRecordFile(file: string, bytes: Uint8Array, collection: CollectionName, size = bytes.length): Pick<RecordFile, "schemaRef" | "record"> | FileProblem[] {
  const facts = new LazyFileFacts(file, collection, bytes, size);
  for (let i = 0; i < stagedRules.length; ) {
    const stage = stagedRules[i]!.stage;
    let problems: FileProblem[] | undefined;
    for (; i < stagedRules.length && stagedRules[i]!.stage === stage; i += 1) {
      const rule = stagedRules[i]!;
      for (const { path, ...finding } of rule.check(facts)) (problems ??= []).push({ file, collection, path: path ?? [], rule: rule.id, ...finding });
    }
    if (problems) return problems;
  }
  const { $schema, ...record } = facts.value as Record<string, unknown>;
  return { schemaRef: $schema, record };
}

/** The path with every link followed, or the path itself where that fails (the reading then reports why). */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * `name => join(folder, name)` for the names a folder lists (one path segment each, never "." or
 * ".."): the folder is normalized once, not once a file. At 100,000 files, join's normalizing made a
 * sixth of what validation allocates, and the paths the loader keeps were strings of many parts, each
 * part one more object for the collector to copy.
 */
function joinedTo(folder: string): (name: string) => string {
  const prefix = join(folder, "_").slice(0, -1);
  return (name) => prefix + name;
}

// The empty file that keeps an empty folder in git.
export const keepFile = ".gitkeep";

const strayHint = "rename it to <id>.json (lower case, no spaces), or move it out of the data folder";

/**
 * Reads every record file under the given files and folders. Never throws for bad input: each
 * unreadable, special or malformed file or entry becomes one problem, and the other files are still read.
 */
export function loadPaths(paths: readonly string[], options: LoadOptions = {}): Loaded {
  // A file reached twice (a folder and a file in it both given) is read once.
  const loaded: Loaded = { files: [], problems: [], ioError: false, readCount: 0, seen: new Set(options.skip) };
  // The walk lists every folder first, so that many files can be read at once: what it finds, in
  // order, is a problem or a record file to read, and problems found while reading follow their file.
  const steps: (FileProblem | ReadStep)[] = [];
  let reading = false;
  const problem = (file: string, rule: keyof typeof loaderProblems, message: string, hint?: string) => {
    const found: FileProblem = { file, path: [], rule, message, ...(hint ? { hint } : {}) };
    if (reading) loaded.problems.push(found);
    else steps.push(found);
  };
  const brokenLink = (path: string, error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") problem(path, "file/broken-link", "symbolic link loop", "point the link at a record file, or replace it with the file");
    else if (code === "ENOENT") {
      let target = "";
      try {
        target = ` (its target ${readlinkSync(path)} does not exist)`;
      } catch {
        // not a link itself: a link on the way is broken
      }
      problem(path, "file/broken-link", `symbolic link leads to nothing${target}`, "point the link at a record file, or remove it");
    } else problem(path, "io/unreadable", `cannot follow symbolic link: ${reason(error)}`);
  };
  // What the folder walk knows without asking the file system again: the real path, the name of the
  // folder the file is in, and whether the listing says it is a regular file.
  const readFile = (file: string, key = realPath(file), folder = basename(dirname(file)), regular = false) => {
    if (loaded.seen.has(key)) return;
    loaded.seen.add(key);
    const collection = options.collection ?? (isCollectionName(folder) ? folder : undefined);
    if (!collection) {
      problem(file, "file/no-collection", `"${folder}" is not a collection folder`, `put record files in data/<collection>/ (${collectionNames.join(", ")}), or pass --collection`);
      return;
    }
    steps.push({ read: file, collection, regular });
  };
  // `quick`: the file's bytes as read quickly. Most files are well-formed records; only a file with a
  // problem, or that could not be read quickly, is read again the careful way, which reports it.
  const readRecord = (file: string, collection: CollectionName, quick: Uint8Array | undefined) => {
    const quickly = quick && parseRecordFile(file, quick, collection);
    if (quickly && !Array.isArray(quickly)) {
      loaded.readCount += 1;
      loaded.files.push(new RecordFile(file, collection, quickly.record, quickly.schemaRef));
      return;
    }
    const result = readRegularFile(file, maxRecordBytes);
    if ("notRegular" in result) {
      problem(file, "file/not-regular", `not a regular file but ${result.notRegular}`, "a record file is a plain file: remove this one or replace it with one");
      return;
    }
    if ("error" in result) {
      const code = result.error.code;
      if (code === "ENOENT" || code === "ELOOP") brokenLink(file, result.error);
      else problem(file, "io/unreadable", `cannot read file: ${reason(result.error)}`);
      return;
    }
    loaded.readCount += 1;
    const parsed = parseRecordFile(file, result.bytes, collection, result.size);
    if (Array.isArray(parsed)) loaded.problems.push(...parsed);
    else loaded.files.push(new RecordFile(file, collection, parsed.record, parsed.schemaRef));
  };

  // `real`: the folder's real path; `seen`: the real paths of the linked folders walked.
  const walk = (folder: string, real: string, root: string, seen: Set<string>) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      problem(folder, "io/unreadable", `cannot read folder: ${reason(error)}`);
      return;
    }
    // In a collection folder every entry is a record file; elsewhere only .json files are.
    const folderName = basename(folder);
    const inCollection = options.collection !== undefined || isCollectionName(folderName);
    const inFolder = joinedTo(folder);
    const inReal = joinedTo(real);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = inFolder(entry.name);
      if (entry.name.startsWith(".")) {
        if (inCollection && entry.name !== keepFile) problem(path, "file/stray", "not a record file: hidden files do not belong in a collection folder", strayHint);
        continue;
      }
      let isDirectory = entry.isDirectory();
      let target = inReal(entry.name);
      if (entry.isSymbolicLink()) {
        try {
          target = realpathSync(path);
          isDirectory = statSync(target).isDirectory();
        } catch (error) {
          brokenLink(path, error);
          continue;
        }
        if (!isInside(root, target)) {
          problem(path, "file/symlink-outside", "symbolic link leads outside the folder being checked", `replace the link with the file itself (it points at ${relative(folder, target)})`);
          continue;
        }
        if (isDirectory && seen.has(target)) continue;
        seen.add(target);
      }
      if (isDirectory) walk(path, target, root, seen);
      else if (isCollectionName(entry.name)) problem(path, "file/not-folder", `"${entry.name}" is a file, not the folder of the ${entry.name} collection`, `make data/${entry.name}/ a folder of record files`);
      else if (entry.name.endsWith(".json")) readFile(path, target, folderName, entry.isFile());
      else if (inCollection) problem(path, "file/stray", "not a record file: a record file is named <id>.json", strayHint);
    }
  };

  for (const path of paths) {
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      loaded.ioError = true;
      let isLink = false;
      try {
        isLink = lstatSync(path).isSymbolicLink();
      } catch {
        // nothing there at all
      }
      if (isLink) brokenLink(path, error);
      else problem(path, "io/not-found", (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : `cannot open: ${reason(error)}`);
      continue;
    }
    if (info.isDirectory()) {
      const root = realPath(path);
      walk(path, root, root, new Set([root]));
    } else readFile(path);
  }

  reading = true;
  const quickPaths = steps.filter((step): step is ReadStep => "read" in step && step.regular).map((step) => step.read);
  const ahead = (options.threads ?? quickPaths.length >= readWorkersFrom) ? readFilesAhead(quickPaths, maxRecordBytes) : undefined;
  try {
    for (const step of steps) {
      if (!("read" in step)) loaded.problems.push(step);
      else if (!step.regular) readRecord(step.read, step.collection, undefined);
      else readRecord(step.read, step.collection, ahead ? ahead.next() : readFileQuickly(step.read, maxRecordBytes));
    }
  } finally {
    ahead?.close();
  }
  return loaded;
}
