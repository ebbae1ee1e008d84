// The quick ways of validating (the loader's quick read, reading threads, compiled schemas) give
// exactly what the careful ways give, on the real records and on records and files made wrong.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { loadPaths, parseRecordFile, type Loaded } from "../src/cli/loader.js";
import { readRegularFile } from "../src/cli/read-file.js";
import { readFilesAhead } from "../src/cli/read-workers.js";
import { collectionNames, collections, type CollectionName } from "../src/lib/collections.js";
import nameMismatch from "../src/lib/rules/file-name-mismatch.js";
import { maxRecordBytes } from "../src/lib/rules/file-too-large.js";
import { validateDataset } from "../src/lib/validate.js";
import { dataset, root } from "./helpers.js";
import { mutationsOf } from "./mutations.js";

const folder = mkdtempSync(join(tmpdir(), "sti-fast-paths-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// data/ as it is, and beside it record files with every kind of problem a file rule finds, plus
// files that are unusual but sound (a colon or U+FFFD in a string, a file of exactly the size cap).
const data = join(folder, "data");
cpSync(join(root, "data"), data, { recursive: true });
const people = join(data, "people");
const personFile = readdirSync(people).find((name) => name.endsWith(".json"))!;
const person = readFileSync(join(people, personFile), "utf8");
const personRecord = JSON.parse(person) as Record<string, unknown>;
const asPerson = (id: string, extra: Record<string, unknown> = {}) => `${JSON.stringify({ ...personRecord, id, ...extra }, null, 2)}\n`;
const mutants: Record<string, string | Buffer> = {
  "bom.json": `\uFEFF${asPerson("bom")}`,
  "latin1.json": Buffer.concat([Buffer.from(asPerson("latin1").slice(0, 20)), Buffer.from([0xe9]), Buffer.from(asPerson("latin1").slice(20))]),
  "replacement.json": asPerson("replacement", { name: "A \uFFFD B" }),
  "empty.json": "",
  "blank.json": " \n\t\n",
  "cut-off.json": asPerson("cut-off").slice(0, -3),
  "trailing-comma.json": asPerson("trailing-comma").replace(/\n}\n$/, ",\n}\n"),
  "list.json": "[]\n",
  "duplicate-key.json": asPerson("duplicate-key").replace("{\n", '{\n  "id": "duplicate-key",\n'),
  "normalized-key.json": asPerson("normalized-key").replace("{\n", '{\n  "caf\u00e9": 1,\n  "cafe\u0301": 2,\n'),
  "proto-key.json": asPerson("proto-key").replace("{\n", '{\n  "__proto__": {},\n'),
  "long-number.json": asPerson("long-number").replace("{\n", '{\n  "n": 12345678901234567890,\n'),
  "colon-in-text.json": asPerson("colon-in-text", { name: "Dr: Who" }),
  "other-name.json": asPerson("not-other-name"),
  "schema-ref.json": asPerson("schema-ref", { $schema: "../../schemas/source.schema.json" }),
  "too-large.json": `${asPerson("too-large")}${" ".repeat(maxRecordBytes)}`,
  "at-the-cap.json": `${asPerson("at-the-cap")}${" ".repeat(maxRecordBytes - Buffer.byteLength(asPerson("at-the-cap")))}`,
};
for (const [name, content] of Object.entries(mutants)) writeFileSync(join(people, name), content);

/** What a careful read of one file gives: the loader's read of old (stat, open, fstat, read, close). */
function carefully(file: string, collection: CollectionName) {
  const read = readRegularFile(file, maxRecordBytes);
  if (!("bytes" in read)) throw new Error(`cannot read ${file}`);
  const parsed = parseRecordFile(file, read.bytes, collection, read.size);
  return Array.isArray(parsed) ? { problems: parsed } : { record: parsed.record, text: new TextDecoder().decode(read.bytes) };
}

function byFile(loaded: Loaded) {
  const out = new Map<string, { record?: unknown; text?: string; problems?: unknown[] }>();
  for (const file of loaded.files) out.set(file.file, { record: file.record, text: file.text });
  for (const problem of loaded.problems) out.set(problem.file, { problems: [...(out.get(problem.file)?.problems ?? []), problem] });
  return out;
}

describe("the loader's quick read", () => {
  it("gives every file's record, or its problems, as the careful read does", () => {
    const loaded = byFile(loadPaths([data], { threads: false }));
    let checked = 0;
    for (const collection of collectionNames) {
      for (const name of readdirSync(join(data, collection)).filter((name) => name.endsWith(".json"))) {
        const file = join(data, collection, name);
        expect(loaded.get(file), file).toEqual(carefully(file, collection));
        checked += 1;
      }
    }
    expect(checked).toBe(loaded.size);
  });

  it("reports each kind of file problem in the corpus", () => {
    const problems = loadPaths([people], { threads: false }).problems;
    const rulesOf = (name: string) => problems.filter((problem) => problem.file === join(people, name)).map((problem) => problem.rule);
    expect(rulesOf("bom.json")).toEqual(["file/bom"]);
    expect(rulesOf("latin1.json")).toEqual(["file/encoding"]);
    expect(rulesOf("blank.json")).toEqual(["file/empty"]);
    expect(rulesOf("cut-off.json")).toEqual(["file/json"]);
    expect(rulesOf("list.json")).toEqual(["file/not-object"]);
    expect(rulesOf("normalized-key.json")).toEqual(["file/duplicate-key"]);
    expect(rulesOf("proto-key.json")).toEqual(["file/forbidden-key"]);
    expect(rulesOf("long-number.json")).toEqual(["file/number-precision"]);
    expect(rulesOf("other-name.json")).toEqual(["file/name-mismatch"]);
    expect(rulesOf("too-large.json")).toEqual(["file/too-large"]);
    expect(rulesOf("replacement.json")).toEqual([]);
    expect(rulesOf("at-the-cap.json")).toEqual([]);
  });
});

describe("reading threads", () => {
  it("give the same files, records, texts and problems in the same order as one thread", () => {
    // Each file as plain values: a record file keeps its bytes wherever they were read into.
    const plain = ({ files, ...rest }: Loaded) => ({ ...rest, files: files.map(({ file, collection, record, schemaRef, text }) => ({ file, collection, record, schemaRef, text })) });
    const single = plain(loadPaths([data], { threads: false }));
    const threaded = plain(loadPaths([data], { threads: true }));
    expect(threaded.files.length).toBe(single.files.length);
    expect(threaded).toEqual(single);
  });

  it("read blocks of files near the size cap, and files over it, byte for byte", () => {
    // 70 files: more than a block, and each block's bytes many times a thread's first buffer.
    const large = join(folder, "large", "people");
    mkdirSync(large, { recursive: true });
    for (let i = 0; i < 70; i += 1) {
      const id = `large-${String(i).padStart(2, "0")}`;
      const size = i % 10 === 9 ? maxRecordBytes + 1 : maxRecordBytes - 100 * i;
      writeFileSync(join(large, `${id}.json`), asPerson(id, { note: "x".repeat(size - Buffer.byteLength(asPerson(id, { note: "" }))) }));
    }
    // The threads' bytes themselves: a wrong byte would only send a file down the careful path.
    const paths = readdirSync(large).sort().map((name) => join(large, name));
    const expected = paths.map((path) => (statSync(path).size > maxRecordBytes ? undefined : readFileSync(path, "utf8")));
    expect(expected.filter((text) => text === undefined)).toHaveLength(7);
    // At once, the main thread reads the blocks no thread has claimed yet; after a wait, the threads
    // have started and claimed both.
    for (const waitMs of [0, 1000]) {
      const ahead = readFilesAhead(paths, maxRecordBytes);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, waitMs);
      try {
        expect(paths.map(() => ahead.next()).map((bytes) => (bytes ? Buffer.from(bytes).toString("utf8") : undefined))).toEqual(expected);
      } finally {
        ahead.close();
      }
    }
  });
});

describe("compiled schemas", () => {
  // The real records and, for a few of each collection, copies with one value changed: enough records
  // in every collection for validateDataset to compile its schema.
  const records = dataset() as unknown as Record<CollectionName, unknown[]>;
  const mutated = Object.fromEntries(
    collectionNames.map((name) => [name, [...records[name], ...records[name].slice(0, 12).flatMap((record) => mutationsOf(record))]]),
  ) as Record<CollectionName, unknown[]>;

  it("accept and reject each record as the schema does, with the same issues", () => {
    let rejected = 0;
    for (const name of collectionNames) {
      const schema = collections[name].schema as z.ZodType;
      const compiled = z.compile(schema);
      for (const record of mutated[name]) {
        const expected = schema.safeParse(record);
        expect(compiled.safeParse(record)).toEqual(expected);
        // The yes-or-no check validateDataset asks first.
        expect(z.validate(compiled, record)).toBe(expected.success);
        if (!expected.success) rejected += 1;
      }
    }
    expect(rejected).toBeGreaterThan(0);
  });

  it("leave validateDataset's problems as they are without code generation", () => {
    expect(collectionNames.filter((name) => mutated[name].length >= 256).length).toBeGreaterThan(0);
    const compiled = validateDataset(mutated, { today: "2026-12-07" });
    z.config({ jitless: true });
    try {
      expect(validateDataset(mutated, { today: "2026-12-07" })).toEqual(compiled);
    } finally {
      z.config({ jitless: false });
    }
    expect(compiled.length).toBeGreaterThan(0);
  });
});

describe("file/name-mismatch, which compares the name in place", () => {
  const named = (file: string, id: string) => {
    const text = `${JSON.stringify({ id })}\n`;
    const facts = { file, collection: "people", bytes: Buffer.from(text), size: text.length, text, value: { id }, parseError: undefined } as const;
    return nameMismatch.check(facts).length === 0;
  };

  it("takes the last part of a path, after / or \\, for the file's name", () => {
    expect(named("data/people/wang-gang.json", "wang-gang")).toBe(true);
    expect(named("C:\\data\\people\\wang-gang.json", "wang-gang")).toBe(true);
    expect(named("wang-gang.json", "wang-gang")).toBe(true);
  });

  it("finds a name that only ends with the id, another extension, or an id longer than the path", () => {
    expect(named("data/people/xwang-gang.json", "wang-gang")).toBe(false);
    expect(named("data/people/wang-gang.jsonc", "wang-gang")).toBe(false);
    expect(named("data/people/wang-gang.JSON", "wang-gang")).toBe(false);
    expect(named("g.json", "wang-gang")).toBe(false);
    expect(named("data/people/wang/gang.json", "wang/gang")).toBe(false);
  });
});
