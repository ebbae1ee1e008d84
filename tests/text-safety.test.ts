import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lineCharacter, visibleCharacter } from "../src/lib/schemas/characters.js";
import { personSchema } from "../src/lib/schemas/person.js";
import { ajvValidators, runCli } from "./helpers.js";

// Text from a record file is data: control characters and unpaired surrogates are refused by the
// schemas (zod and the JSON Schemas alike), and whatever a report prints from a file is escaped.
const scratch = mkdtempSync(join(tmpdir(), "sti-text-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ajv = ajvValidators();
const person = (name: string) => ({ id: "dai-gang", name, citations: [{ source: "s", paragraph: 1 }] });

describe("one-line text, in zod and the JSON Schema alike", () => {
  it.each([
    ["ESC", "Dai\u001b[2JGang"],
    ["NUL", "Dai\u0000Gang"],
    ["DEL", "Dai\u007fGang"],
    ["a C1 control (CSI)", "Dai\u009bGang"],
    ["NEL", "Dai\u0085Gang"],
    ["a tab", "Dai\tGang"],
    ["a line feed", "Dai\nGang"],
    ["a final line feed", "Dai Gang\n"],
    ["a carriage return", "Dai\rGang"],
    ["the line separator", "Dai\u2028Gang"],
    ["a lone high surrogate", "Dai\ud800Gang"],
    ["a lone low surrogate", "Dai Gang\udc00"],
    ["surrogates in the wrong order", "Dai\udc00\ud800Gang"],
    ["a leading space", " Dai Gang"],
    ["a trailing ideographic space", "Dai Gang\u3000"],
    ["a leading byte-order mark", "\ufeffDai Gang"],
  ])("refuses %s", (_, name) => {
    expect(personSchema.safeParse(person(name)).success).toBe(false);
    expect(ajv.people(person(name))).toBe(false);
  });

  it.each([
    ["plain words", "Dai Gang"],
    ["diacritics", "Vučić"],
    ["Chinese", "王志刚"],
    ["a character beyond the Basic Multilingual Plane (a surrogate pair in JavaScript)", "\u{20000}\u{2A6D6} Li"],
    ["an emoji inside", "Dai \u{1F600} Gang"],
    ["a no-break space inside", "Dai\u00a0Gang"],
    ["a private-use character", "Dai \ue000"],
    ["the last code point", "Dai \u{10FFFF}"],
  ])("accepts %s", (_, name) => {
    expect(personSchema.safeParse(person(name)).error?.issues ?? []).toEqual([]);
    expect(ajv.people(person(name)) ? [] : ajv.people.errors).toEqual([]);
  });
});

describe("the character classes of the patterns", () => {
  it("hold every code point but controls, line breaks and surrogates, and, for the visible class, JavaScript's white space", () => {
    const line = new RegExp(`^${lineCharacter}$`, "u");
    const visible = new RegExp(`^${visibleCharacter}$`, "u");
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      const character = String.fromCodePoint(code);
      const inLine = !(code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff));
      if (line.test(character) !== inLine || visible.test(character) !== (inLine && !/\s/u.test(character))) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe("the reports escape what they print from a file", () => {
  // An id that would clear the screen and forge a report line, a key with a colour escape, and a
  // file name with a bell and a bidirectional override (and a name with a C1 escape in it).
  const forged = "bad/data/people/ok.json:1:1  error  nothing wrong here  schema/none";
  const id = `x\u001b[2J\u001b[H\n${forged}\r`;
  const fileName = "evil\u0007\u202e.json";
  beforeAll(() => {
    const people = join(scratch, "bad", "data", "people");
    mkdirSync(people, { recursive: true });
    writeFileSync(join(people, "id.json"), JSON.stringify({ id, name: "A", citations: [{ source: "s", paragraph: 1 }] }, null, 2));
    writeFileSync(join(people, "key.json"), JSON.stringify({ id: "key", name: "C\u001b[2J", citations: [{ source: "s", paragraph: 1 }], "\u001b[31mcolour": 1 }, null, 2));
    writeFileSync(join(people, fileName), JSON.stringify({ id: "evil", name: "B\u009b2J", citations: [{ source: "s", paragraph: 1 }] }, null, 2));
  });

  it.each([["pretty"], ["github"]])("%s: no control character reaches the terminal, and no line is forged", (format) => {
    const summary = join(scratch, `summary-${format}.md`);
    const result = runCli(["validate", "bad/data", "--format", format], { cwd: scratch, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(result.code).toBe(1);
    for (const output of [result.stdout, result.stderr, format === "github" ? readFileSync(summary, "utf8") : ""]) {
      // Only the line feeds between report lines remain.
      expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      expect(output.split("\n").filter((line) => line.startsWith("bad/data/people/ok.json"))).toEqual([]);
    }
    expect(result.stdout).toContain("x\\u001b[2J\\u001b[H\\nbad/data/people/ok.json");
    expect(result.stdout).toContain("evil\\u0007\\u202e.json");
    expect(result.stdout).toContain("\\u001b[31mcolour");
    // The name with an escape in it is refused by the schema, and the report says so, escaped.
    expect(result.stdout).toContain('string "C\\u001b[2J" is not in the expected form at name');
  });

  it("json keeps the values exact (JSON escapes every control character itself)", () => {
    const result = runCli(["validate", "bad/data", "--format", "json"], { cwd: scratch });
    const report = JSON.parse(result.stdout) as { problems: { file: string; message: string }[] };
    expect(report.problems.map((p) => p.file)).toContain(`bad/data/people/${fileName}`);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});
