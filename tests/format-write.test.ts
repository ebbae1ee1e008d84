import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root, runCli } from "./helpers.js";

// `format --write` rewrites record files in place: it must never leave one cut off, and never
// change a value on the way.
const scratch = mkdtempSync(join(tmpdir(), "sti-format-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const event = "2018-07-26-most-panama-talks";

describe("a write that fails leaves the file whole and names it", () => {
  it("under a file-size limit (EFBIG), the record is as it was and the other files are still written", () => {
    const folder = join(scratch, "efbig", "data");
    mkdirSync(join(folder, "events"), { recursive: true });
    mkdirSync(join(folder, "people"), { recursive: true });
    // Out of canonical form (one line), so format rewrites them: the event's canonical form is
    // over 1,024 bytes, the person's under.
    const big = JSON.stringify(JSON.parse(readFileSync(join(root, "data", "events", `${event}.json`), "utf8")));
    const small = JSON.stringify({ $schema: "../../schemas/person.schema.json", id: "ann", name: "Ann", citations: [{ source: "s", paragraph: 1 }] });
    writeFileSync(join(folder, "events", `${event}.json`), big);
    writeFileSync(join(folder, "people", "ann.json"), small);

    const result = runCli(["format", "--write", "efbig/data"], { cwd: scratch, shell: "ulimit -f 1" });
    expect(result.stderr).toMatch(new RegExp(`cannot write efbig/data/events/${event}\\.json: the file is larger than the file-size limit \\(EFBIG\\); the file is as it was`));
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(2);
    expect(readFileSync(join(folder, "events", `${event}.json`), "utf8")).toBe(big);
    expect(readdirSync(join(folder, "events"))).toEqual([`${event}.json`]);
    expect(result.stdout).toBe("formatted: efbig/data/people/ann.json\n");
    expect(readFileSync(join(folder, "people", "ann.json"), "utf8")).toMatch(/^\{\n  "\$schema": ".*",\n  "id": "ann",\n  "name": "Ann",\n/);
  });
});

describe("format --write through a symbolic link", () => {
  it("rewrites the file the link leads to and keeps the link", () => {
    const folder = join(scratch, "linked", "data", "people");
    mkdirSync(join(folder, "..", "originals"), { recursive: true });
    const original = join(folder, "..", "originals", "ann.json");
    writeFileSync(original, JSON.stringify({ id: "ann", name: "Ann", citations: [{ source: "s", paragraph: 1 }] }));
    mkdirSync(folder, { recursive: true });
    symlinkSync("../originals/ann.json", join(folder, "ann.json"));
    expect(runCli(["format", "--write", join(folder, "ann.json"), "--collection", "people"], { cwd: scratch }).code).toBe(0);
    expect(lstatSync(join(folder, "ann.json")).isSymbolicLink()).toBe(true);
    expect(readFileSync(original, "utf8")).toMatch(/^\{\n  "id": "ann",\n/);
  });
});

describe("format --write refuses to change a value", () => {
  const statistic = (value: string) =>
    `{\n"id": "s",\n"indicator": "i",\n"kind": "achieved",\n"value": ${value},\n"comparator": "exact",\n"scope": "all-partners",\n"citations": [{"source": "s", "paragraph": 1}]\n}\n`;

  it.each([
    ["an integer beyond 2^53", "12345678901234567890", /:5:10  error  number 12345678901234567890 has more digits than a number holds: it would be read as 12345678901234567000 at value  file\/number-precision/],
    ["2^53 + 1", "9007199254740993", /:5:10  error  number 9007199254740993 has more digits than a number holds: it would be read as 9007199254740992 at value  file\/number-precision/],
    ["a number out of range", "1e309", /:5:10  error  number 1e309 is out of range: it would be read as Infinity at value  file\/number-precision/],
    ["a decimal that loses digits", "0.1000000000000000000001", /:5:10  error  number 0\.1000000000000000000001 has more digits than a number holds: it would be read as 0\.1 at value  file\/number-precision/],
  ])("%s: exit 1, naming the file and the field, the file untouched", (_, value, pattern) => {
    const folder = join(scratch, `number-${value}`, "data", "statistics");
    mkdirSync(folder, { recursive: true });
    const file = join(folder, "s.json");
    writeFileSync(file, statistic(value));
    const result = runCli(["format", "--write", join(folder, "..")], { cwd: folder });
    expect(result.stderr).toMatch(new RegExp(`^s\\.json${pattern.source}`, "m"));
    expect(result.code).toBe(1);
    expect(readFileSync(file, "utf8")).toBe(statistic(value));
    // validate says the same: the exports would otherwise hold another number.
    expect(runCli(["validate", join(folder, "..")], { cwd: folder }).stdout).toMatch(pattern);
  });

  it.each([["1.0"], ["1e3"], ["0.1"], ["-0"], ["9007199254740992"], ["1.5E-7"]])("%s is written in its canonical form: the value is the same", (value) => {
    const folder = join(scratch, `same-${value}`, "data", "statistics");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "s.json"), statistic(value));
    const result = runCli(["format", "--write", join(folder, "..")], { cwd: folder });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const written = JSON.parse(readFileSync(join(folder, "s.json"), "utf8")) as { value: number };
    expect(written.value === Number(value)).toBe(true);
  });

  it("two keys that differ only in Unicode normalization are refused, not merged", () => {
    const folder = join(scratch, "keys", "data", "people");
    mkdirSync(folder, { recursive: true });
    const file = join(folder, "jose.json");
    const text = '{\n  "id": "jose",\n  "name": "Jose",\n  "Jos\u00e9": 1,\n  "Jose\u0301": 2,\n  "citations": [{ "source": "s", "paragraph": 1 }]\n}\n';
    writeFileSync(file, text);
    const result = runCli(["format", "--write", join(folder, "..")], { cwd: folder });
    expect(result.stderr).toMatch(/^jose\.json:5:3  error  key "Jose\u0301" appears twice in one object, in two Unicode normalizations at Jose\u0301  file\/duplicate-key/m);
    expect(result.code).toBe(1);
    expect(readFileSync(file, "utf8")).toBe(text);
  });
});
