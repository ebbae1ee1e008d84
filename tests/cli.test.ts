import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, cpSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliPath, root } from "./helpers.js";

// These run the built CLI (dist/cli.cjs, made by `npm test` before vitest) as a child process.
const cli = cliPath;
const scratch = mkdtempSync(join(tmpdir(), "sti-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? scratch,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", GITHUB_STEP_SUMMARY: "", ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const person = (id: string) => `${JSON.stringify({ $schema: "../../schemas/person.schema.json", id, name: "Test Person", citations: [{ source: "s", paragraph: 1 }] }, null, 2)}\n`;
const source = `${JSON.stringify({ id: "s", title: "A document", kind: "news-report", url: "https://example.org/s", language: "en" }, null, 2)}\n`;

beforeAll(() => {
  expect(existsSync(cli), "run `npm test` (it builds dist/ first)").toBe(true);
});

describe("validate: bad input gets a one-line error and the other files are still checked", () => {
  const data = join(scratch, "bad", "data");
  const write = (path: string, content: string | Uint8Array) => {
    mkdirSync(join(data, path, ".."), { recursive: true });
    writeFileSync(join(data, path), content);
  };
  let result: ReturnType<typeof run>;
  const lineFor = (file: string) => result.stdout.split("\n").filter((line) => line.startsWith(`bad/data/${file}`));

  beforeAll(() => {
    write("sources/s.json", source);
    write("people/good.json", person("good"));
    write("people/malformed.json", '{\n  "id": "malformed",\n  "name": "X"\n  "citations": []\n}\n');
    write("people/empty.json", "");
    write("people/bom.json", `\uFEFF${person("bom")}`);
    write("people/latin1.json", Buffer.concat([Buffer.from('{\n  "id": "latin1",\n  "name": "Jos'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]));
    write("people/duplicate-key.json", '{\n  "id": "duplicate-key",\n  "name": "A",\n  "name": "B",\n  "citations": [{ "source": "s", "paragraph": 1 }]\n}\n');
    write("people/proto.json", '{\n  "id": "proto",\n  "name": "A",\n  "__proto__": { "polluted": true },\n  "citations": [{ "source": "s", "paragraph": 1 }]\n}\n');
    write("people/ctor.json", '{\n  "id": "ctor",\n  "name": "A",\n  "citations": [{ "source": "s", "paragraph": 1, "constructor": 1 }]\n}\n');
    write("people/huge.json", `{"id": "huge", "name": "${"x".repeat(300 * 1024)}"}`);
    write("people/wrong-name.json", person("another-id"));
    write("stray/thing.json", person("thing"));
    write("people/twice.json", person("twice"));
    write("more/people/twice.json", person("twice"));
    const outside = join(scratch, "outside.json");
    writeFileSync(outside, person("outside"));
    symlinkSync(outside, join(data, "people", "outside.json"));
    result = run(["validate", "bad/data", "bad/no-such-folder"]);
  });

  it("exits 2 (an I/O error: a folder does not exist) and prints no stack trace", () => {
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ["people/malformed.json", /^bad\/data\/people\/malformed\.json:4:3  error  invalid JSON: expected "," between items/],
    ["people/empty.json", /error  file is empty/],
    ["people/bom.json", /:1:1  error  file starts with a byte-order mark/],
    ["people/latin1.json", /:3:15  error  file is not valid UTF-8/],
    ["people/duplicate-key.json", /:4:3  error  key "name" appears twice in one object/],
    ["people/proto.json", /:4:3  error  key "__proto__" is not allowed/],
    ["people/ctor.json", /:4:50  error  key "constructor" is not allowed/],
    ["people/huge.json", /error  file is \d+ bytes, over the 262144-byte limit/],
    ["people/wrong-name.json", /:3:9  error  file name does not match the id "another-id"/],
    ["stray/thing.json", /error  "stray" is not a collection folder/],
    ["people/outside.json", /error  symbolic link leads outside the folder being checked/],
    ["people/twice.json", /:3:9  error  id "twice" is already used by another people record/],
  ])("%s", (file, pattern) => {
    const lines = lineFor(file);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
  });

  it("names the folder that does not exist", () => {
    expect(result.stdout).toMatch(/^bad\/no-such-folder  error  no such file or folder/m);
  });

  it("still checks the good files", () => {
    expect(lineFor("people/good.json")).toEqual([]);
    expect(result.stdout).toMatch(/✗ 13 problems in 4 record files/);
  });
});

describe("validate on the repository's data", () => {
  const files = () => readdirSync(join(root, "data"), { recursive: true }).filter((f) => String(f).endsWith(".json")).length;

  it("passes with exit 0", () => {
    const result = run(["validate"], { cwd: root });
    expect(result.stdout).toContain(`✓ ${files()} record files valid`);
    expect(result.code).toBe(0);
  });

  it("checks one file alone against the rest of data/: its references resolve", () => {
    const result = run(["validate", "data/participations/2022-02-18-most-sco-meeting-dai-gang.json"], { cwd: root });
    expect(result.stdout).toBe("✓ 1 record file valid\n");
    expect(result.code).toBe(0);
  });

  it("reads a file reached twice once: no record is its own duplicate", () => {
    const result = run(["validate", "data", "./data/", "data/people"], { cwd: root });
    expect(result.stdout).toContain(`✓ ${files()} record files valid`);
    expect(result.code).toBe(0);
  });
});

describe("validate: schema problems with hints", () => {
  const folder = join(scratch, "hints", "data");
  beforeAll(() => {
    cpSync(join(root, "data"), folder, { recursive: true });
    const file = join(folder, "participations", "2022-04-28-most-spain-video-meeting-dai-gang.json");
    const record = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    writeFileSync(file, `${JSON.stringify({ ...record, person: "dai-gnag", role: "chairperson" }, null, 2)}\n`);
    const event = join(folder, "events", "2022-02-18-most-sco-meeting.json");
    writeFileSync(event, readFileSync(event, "utf8").replace('"value": "2022-02-18"', '"value": "2022-02-30"'));
  });

  it("pretty: file:line:col, the field, the rule, the hint, exit 1", () => {
    const result = run(["validate", "hints/data"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('participations/2022-04-28-most-spain-video-meeting-dai-gang.json:5:13  error  no people record has the id "dai-gnag" at person  reference/unresolved\n    hint: did you mean "dai-gang"?');
    expect(result.stdout).toMatch(/dai-gang\.json:8:11  error  "chairperson" is not an allowed value at role  schema\/enum\n    hint: allowed: lead, co-chair, chair, delegation-head, attended, present, host, speaker, signatory, witness, moderator, questioner/);
    expect(result.stdout).toMatch(/2022-02-18-most-sco-meeting\.json:\d+:\d+  error  string "2022-02-30" is not in the expected form at date\.value  schema\/format\n    hint: write a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it("json: every problem as data", () => {
    const result = run(["validate", "hints/data", "--format", "json"]);
    const report = JSON.parse(result.stdout) as { valid: boolean; files: number; problems: { file: string; line: number; column: number; path: unknown[]; rule: string }[] };
    expect(report.valid).toBe(false);
    expect(report.files).toBe(readdirSync(join(root, "data"), { recursive: true }).filter((f) => String(f).endsWith(".json")).length);
    expect(report.problems.map((p) => [p.rule, p.path.join(".")]).sort()).toEqual([
      ["reference/unresolved", "person"],
      ["schema/enum", "role"],
      ["schema/format", "date.value"],
    ]);
  });

  it("github: one workflow command per problem, and a Markdown table in the job summary", () => {
    const summary = join(scratch, "summary.md");
    const result = run(["validate", "hints/data", "--format", "github"], { env: { GITHUB_STEP_SUMMARY: summary } });
    const commands = result.stdout.trim().split("\n");
    expect(commands).toHaveLength(3);
    expect(commands.find((c) => c.includes("reference/unresolved"))).toBe(
      '::error file=hints/data/participations/2022-04-28-most-spain-video-meeting-dai-gang.json,line=5,col=13,title=reference/unresolved::no people record has the id "dai-gnag" at person (hint: did you mean "dai-gang"?)',
    );
    const table = readFileSync(summary, "utf8");
    expect(table).toContain("| Where | Field | Rule | Problem | Hint |");
    expect(table.split("\n").filter((line) => line.startsWith("| hints/"))).toHaveLength(3);
  });

  it("--collection checks files against a named collection wherever they are", () => {
    const loose = join(scratch, "loose.json");
    writeFileSync(loose, person("loose"));
    const result = run(["validate", loose, "--collection", "people", "--format", "json"]);
    const report = JSON.parse(result.stdout) as { problems: { rule: string }[] };
    expect(report.problems.map((p) => p.rule)).toEqual(["reference/unresolved"]);
  });
});

describe("the command exits once its output is written", () => {
  it("a report larger than a pipe holds reaches a reader that starts late, whole, with the exit status", () => {
    const folder = join(scratch, "many", "data", "people");
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < 1000; i += 1) writeFileSync(join(folder, `p${i}.json`), "{\n");
    // The reader sleeps before reading: the report (about 150 KB) waits in the pipe meanwhile.
    const shell = `"${process.execPath}" "${cli}" validate many/data | (sleep 1; cat); echo "status \${PIPESTATUS[0]}"`;
    const result = spawnSync("bash", ["-c", shell], { cwd: scratch, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", GITHUB_STEP_SUMMARY: "" } });
    expect(result.stdout.length).toBeGreaterThan(100_000);
    expect(result.stdout.split("\n").filter((line) => line.startsWith("many/data/people/p"))).toHaveLength(1000);
    expect(result.stdout).toMatch(/\nstatus 1\n$/);
  });
});

describe("usage errors exit 2 with a one-line message", () => {
  it.each([
    [["validate", "--format", "xml"], /unknown format "xml"/],
    [["validate", "--collection", "meetings"], /unknown collection "meetings"/],
    [["validate", "--frobnicate"], /Unknown option '--frobnicate'/],
    [["explode"], /unknown command "explode"/],
    [["new", "people"], /expected: new <collection> <id>/],
    [["new", "people", "Bad_Id"], /"Bad_Id" is not a valid id/],
  ])("%j", (args, pattern) => {
    const result = run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
  });

  it.each([["validate"], ["format"], ["new"], []])("%j --help", (...command) => {
    const result = run([...command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: china-sti-cooperation/);
  });
});

describe("new and format", () => {
  const data = join(scratch, "fresh", "data");

  it("new writes a record with $schema and every required field, which validate then flags", () => {
    const made = run(["new", "events", "2024-01-01-test-meeting", "--data", data]);
    expect(made.code).toBe(0);
    const record = JSON.parse(readFileSync(join(data, "events", "2024-01-01-test-meeting.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(record)).toEqual(["$schema", "id", "kind", "title", "summary", "date", "location", "citations"]);
    // A "$schema" that resolves from where the file is: here, the package's own schemas folder.
    expect(resolve(join(data, "events"), record.$schema as string)).toBe(join(root, "schemas", "event.schema.json"));
    expect(record.date).toEqual({ status: "stated", value: "" });
    expect(run(["new", "events", "2024-01-01-test-meeting", "--data", data]).code).toBe(2);
    expect(run(["validate", data]).code).toBe(1);
  });

  it("new writes no placeholder that passes: a new statistic's value is left empty, not 0", () => {
    expect(run(["new", "statistics", "a-new-figure", "--data", data]).code).toBe(0);
    const record = JSON.parse(readFileSync(join(data, "statistics", "a-new-figure.json"), "utf8")) as Record<string, unknown>;
    expect(record.value).toBeNull();
    const result = run(["validate", join(data, "statistics", "a-new-figure.json"), "--format", "json"]);
    const rules = (JSON.parse(result.stdout) as { problems: { path: unknown[]; rule: string }[] }).problems.map((p) => `${p.path.join(".")} ${p.rule}`);
    expect(rules).toContain("value schema/type");
    expect(rules).toContain("indicator schema/format");
  });

  it("format --check finds a file out of canonical form, --write fixes it, --check then passes", () => {
    const folder = join(scratch, "fmt", "data", "people");
    mkdirSync(folder, { recursive: true });
    const file = join(folder, "jose.json");
    // Keys out of order, four-space indent, a decomposed "é", no final newline.
    writeFileSync(file, '{"citations": [{"paragraph": 1, "source": "s"}], "name": "Jose\u0301", "id": "jose", "$schema": "../../schemas/person.schema.json"}');
    const check = run(["format", "--check", join(scratch, "fmt", "data")]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("not canonical: fmt/data/people/jose.json");
    expect(run(["format", "--write", join(scratch, "fmt", "data")]).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(
      `{\n  "$schema": "${relative(folder, join(root, "schemas", "person.schema.json"))}",\n  "id": "jose",\n  "name": "Jos\u00e9",\n  "citations": [\n    {\n      "source": "s",\n      "paragraph": 1\n    }\n  ]\n}\n`,
    );
    expect(run(["format", "--check", join(scratch, "fmt", "data")]).code).toBe(0);
  });

  it("the repository's data is in canonical form", () => {
    expect(run(["format", "--check"], { cwd: root }).code).toBe(0);
  });
});
