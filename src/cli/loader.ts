import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { collectionNames, isCollectionName, type CollectionName } from "../lib/collections.js";
import { fileRules } from "../lib/generated/rules.js";
import type { Problem } from "../lib/problem.js";
import type { FileFacts, FileRule } from "../lib/rule.js";

/** A record file that parsed: where it is, its text (for line numbers), its "$schema" and its record without it. */
export interface RecordFile {
  file: string;
  collection: CollectionName;
  text: string;
  schemaRef?: unknown;
  record: Record<string, unknown>;
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
  /** A path could not be read at all (missing, unreadable): the CLI exits 2. */
  ioError: boolean;
}

export interface LoadOptions {
  /** Check every file against this collection instead of the one its folder names. */
  collection?: CollectionName;
  /** Files already read (real paths), which are skipped. */
  skip?: ReadonlySet<string>;
}

/** What the loader itself reports when it cannot get at a file, for README beside the file rules. */
export const loaderProblems: Record<string, string> = {
  "io/not-found": "A path given to the command does not exist.",
  "io/unreadable": "A file or folder cannot be read.",
  "file/no-collection": "A record file is not in a collection folder (data/<collection>/).",
  "file/symlink-outside": "A symbolic link leads outside the folder being checked.",
};

const stagedRules: readonly FileRule[] = [...fileRules].sort((a, b) => a.stage - b.stage);

// The facts of one file, each worked out when a rule first asks.
function factsOf(file: string, collection: CollectionName, bytes: Uint8Array): FileFacts {
  let text: string | undefined;
  let parsed: { value?: unknown; error?: Error } | undefined;
  const parse = () => {
    if (parsed) return parsed;
    try {
      parsed = { value: JSON.parse(facts.text) };
    } catch (error) {
      parsed = { error: error as Error };
    }
    return parsed;
  };
  const facts: FileFacts = {
    file,
    collection,
    bytes,
    get text() {
      text ??= Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
      return text;
    },
    get value() {
      return parse().value;
    },
    get parseError() {
      return parse().error;
    },
  };
  return facts;
}

/** Runs the file rules over one file's bytes: its record, or every problem of the first stage that found any. */
export function parseRecordFile(file: string, bytes: Uint8Array, collection: CollectionName): Omit<RecordFile, "file" | "collection"> | FileProblem[] {
  const facts = factsOf(file, collection, bytes);
  for (let i = 0; i < stagedRules.length; ) {
    const stage = stagedRules[i]!.stage;
    const problems: FileProblem[] = [];
    for (; i < stagedRules.length && stagedRules[i]!.stage === stage; i += 1) {
      const rule = stagedRules[i]!;
      for (const { path, ...finding } of rule.check(facts)) problems.push({ file, collection, path: path ?? [], rule: rule.id, ...finding });
    }
    if (problems.length > 0) return problems;
  }
  const { $schema, ...record } = facts.value as Record<string, unknown>;
  return { text: facts.text, schemaRef: $schema, record };
}

function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Reads every record file under the given files and folders. Never throws for bad input: each
 * unreadable or malformed file becomes a problem, and the other files are still read.
 */
export function loadPaths(paths: readonly string[], options: LoadOptions = {}): Loaded {
  const loaded: Loaded = { files: [], problems: [], ioError: false };
  const ioProblem = (file: string, rule: keyof typeof loaderProblems, message: string, hint?: string) => {
    loaded.problems.push({ file, path: [], rule, message, ...(hint ? { hint } : {}) });
  };
  // A file reached twice (a folder and a file in it both given) is read once.
  const read = new Set<string>(options.skip);

  const readFile = (file: string) => {
    let key = file;
    try {
      key = realpathSync(file);
    } catch {
      // unreadable: reported below
    }
    if (read.has(key)) return;
    read.add(key);
    const folder = basename(dirname(file));
    const collection = options.collection ?? (isCollectionName(folder) ? folder : undefined);
    if (!collection) {
      ioProblem(file, "file/no-collection", `"${folder}" is not a collection folder`, `put record files in data/<collection>/ (${collectionNames.join(", ")}), or pass --collection`);
      return;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      loaded.ioError = true;
      ioProblem(file, "io/unreadable", `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return;
    }
    const parsed = parseRecordFile(file, bytes, collection);
    if (Array.isArray(parsed)) loaded.problems.push(...parsed);
    else loaded.files.push({ file, collection, ...parsed });
  };

  const walk = (folder: string, root: string, seen: Set<string>) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        const target = realpathSync(path);
        if (!isInside(root, target)) {
          ioProblem(path, "file/symlink-outside", "symbolic link leads outside the folder being checked", `replace the link with the file itself (it points at ${relative(folder, target)})`);
          continue;
        }
        isDirectory = statSync(target).isDirectory();
        if (isDirectory && seen.has(target)) continue;
        seen.add(target);
      }
      if (isDirectory) walk(path, root, seen);
      else if (entry.name.endsWith(".json")) readFile(path);
    }
  };

  for (const path of paths) {
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      loaded.ioError = true;
      const code = (error as NodeJS.ErrnoException).code;
      ioProblem(path, "io/not-found", code === "ENOENT" ? "no such file or folder" : `cannot open: ${code}`);
      continue;
    }
    if (info.isDirectory()) {
      const root = realpathSync(path);
      walk(path, root, new Set([root]));
    } else readFile(path);
  }
  return loaded;
}
