import { isUtf8 } from "node:buffer";
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { collectionNames, collections, isCollectionName, type CollectionName } from "./collections.js";
import type { Problem } from "./problem.js";

/** No record comes near this; a larger file is refused. */
export const maxRecordBytes = 256 * 1024;

// jsonc-parser's error codes, in plain words.
const jsonErrors: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "malformed number",
  PropertyNameExpected: "expected a field name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: 'expected ":" after the field name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: "unexpected text after the end of the record",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "string is not closed",
  UnexpectedEndOfNumber: "number is cut off",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "control character inside a string",
};

// Keys that would reach Object.prototype if a consumer copied a record with a naive merge.
const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

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
}

/** 1-based line and column of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where a JSON path stands in a file's text: the value's position (or with `atKey`, its key's),
 * or for a field that is missing, the object that should hold it.
 */
export function locate(text: string, path: readonly (string | number)[], atKey = false): { line: number; column: number } {
  const root = parseTree(text);
  if (!root) return { line: 1, column: 1 };
  let node: Node | undefined;
  for (let n = path.length; n >= 0 && !node; n -= 1) node = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
  if (atKey && node?.parent?.type === "property" && node.parent.children?.[1] === node) {
    node = node.parent.children[0];
  }
  return lineAndColumn(text, node?.offset ?? 0);
}

function walkProperties(node: Node, path: (string | number)[], visit: (key: Node, path: (string | number)[], siblings: Set<string>) => void): void {
  if (node.type === "object") {
    const siblings = new Set<string>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key) continue;
      visit(key, [...path, key.value], siblings);
      siblings.add(key.value);
      if (value) walkProperties(value, [...path, key.value], visit);
    }
  } else if (node.type === "array") {
    node.children?.forEach((child, index) => walkProperties(child, [...path, index], visit));
  }
}

// Counts every key in a parsed value and notes any forbidden one. JSON.parse keeps only the last of
// two equal keys, so a parsed value with fewer keys than the text has had a duplicate.
function countKeys(value: unknown): { keys: number; forbidden: boolean } {
  let keys = 0;
  let forbidden = false;
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== "object") continue;
    if (Array.isArray(item)) stack.push(...item);
    else {
      for (const key of Object.keys(item)) {
        keys += 1;
        if (forbiddenKeys.has(key)) forbidden = true;
        stack.push((item as Record<string, unknown>)[key]);
      }
    }
  }
  return { keys, forbidden };
}

function count(text: string, search: string): number {
  let found = 0;
  for (let i = text.indexOf(search); i !== -1; i = text.indexOf(search, i + 1)) found += 1;
  return found;
}

// Whether the text may hold more keys than were parsed, i.e. a duplicate. Every key is followed by a
// colon, so colons >= keys in the text; if the colons are no more than the parsed keys there is no
// duplicate. Only when strings hold colons too does the exact (slower) check run.
function mayHaveDuplicateKeys(text: string, parsedKeys: number): boolean {
  return count(text, ":") > parsedKeys && countKeyTokens(text) > parsedKeys;
}

const keyToken = /"(?:[^"\\]|\\.)*"(\s*:)?/g;

function countKeyTokens(text: string): number {
  let keys = 0;
  for (const match of text.matchAll(keyToken)) if (match[1]) keys += 1;
  return keys;
}

function tooLarge(file: string, collection: CollectionName, size: number): FileProblem {
  return {
    file, collection, path: [], rule: "file/too-large",
    message: `file is ${size} bytes, over the ${maxRecordBytes}-byte limit for one record`,
    hint: "a record is a few kilobytes: is this the right file?",
  };
}

/** Parses one record file's bytes, or says what is wrong with them. */
export function parseRecordFile(file: string, bytes: Uint8Array, collection: CollectionName): Omit<RecordFile, "file" | "collection"> | FileProblem[] {
  const problem = (rule: string, message: string, hint?: string, at?: { line: number; column: number }): FileProblem[] => [
    { file, collection, path: [], rule, message, ...(hint ? { hint } : {}), ...at },
  ];
  if (bytes.length > maxRecordBytes) return [tooLarge(file, collection, bytes.length)];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return problem("file/bom", "file starts with a byte-order mark", "save it as UTF-8 without BOM", { line: 1, column: 1 });
  }
  if (!isUtf8(bytes)) {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    return problem("file/encoding", "file is not valid UTF-8", "save it as UTF-8", lineAndColumn(lossy, Math.max(0, lossy.indexOf("\uFFFD"))));
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (text.trim() === "") return problem("file/empty", "file is empty", "a record is one JSON object");

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const code = first && printParseErrorCode(first.error);
    const message = `invalid JSON: ${code ? (jsonErrors[code] ?? code) : (error as Error).message}`;
    return problem("file/json", message, "check the quotes, commas and brackets near here", lineAndColumn(text, first?.offset ?? 0));
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return problem("file/not-object", "file holds no JSON object", "a record file holds one object: { ... }", { line: 1, column: 1 });
  }

  const { keys, forbidden } = countKeys(value);
  if (forbidden || mayHaveDuplicateKeys(text, keys)) {
    const found: FileProblem[] = [];
    walkProperties(parseTree(text)!, [], (key, path, siblings) => {
      const at = lineAndColumn(text, key.offset);
      if (forbiddenKeys.has(key.value)) {
        found.push({ file, collection, path, rule: "file/forbidden-key", message: `key "${key.value}" is not allowed`, hint: "rename or remove it", ...at });
      } else if (siblings.has(key.value)) {
        found.push({ file, collection, path, rule: "file/duplicate-key", message: `key "${key.value}" appears twice in one object`, hint: "keep one of them", ...at });
      }
    });
    if (found.length > 0) return found;
  }

  const { $schema, ...record } = value as Record<string, unknown>;
  const expected = `${collections[collection].entity}.schema.json`;
  if ($schema !== undefined && (typeof $schema !== "string" || !$schema.endsWith(`/${expected}`))) {
    return problem("file/schema-ref", `"$schema" does not point at ${expected}`, `use "../../schemas/${expected}"`, locate(text, ["$schema"]));
  }
  const id = record.id;
  if (typeof id === "string" && basename(file) !== `${id}.json`) {
    return problem("file/name-mismatch", `file name does not match the id "${id}"`, `rename the file to ${id}.json, or correct the id`, locate(text, ["id"]));
  }
  return { text, schemaRef: $schema, record };
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
  const ioProblem = (file: string, rule: string, message: string, hint?: string) => {
    loaded.problems.push({ file, path: [], rule, message, ...(hint ? { hint } : {}) });
  };

  const readFile = (file: string) => {
    const folder = basename(dirname(file));
    const collection = options.collection ?? (isCollectionName(folder) ? folder : undefined);
    if (!collection) {
      ioProblem(file, "file/no-collection", `"${folder}" is not a collection folder`, `put record files in data/<collection>/ (${collectionNames.join(", ")}), or pass --collection`);
      return;
    }
    let bytes: Buffer;
    try {
      // Read whole and checked after: a stat first would cost a third of the time of reading.
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
