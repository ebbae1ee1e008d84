import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectionNames, collections, type CollectionName } from "../src/lib/collections.js";
import { ajvValidators, root } from "./helpers.js";
import { mutationsOf } from "./mutations.js";

// The JSON Schemas are for validators in any language, not only ajv: their regular expressions use
// only syntax that means the same in ECMAScript, Python's re, PCRE and Go's RE2, and Python's
// jsonschema agrees with ajv (and zod) record for record.

/** Every "pattern" in a JSON document, with the object that holds it. */
function patternsIn(value: unknown, found: { pattern: string; holder: Record<string, unknown> }[] = []) {
  if (Array.isArray(value)) for (const item of value) patternsIn(item, found);
  else if (value !== null && typeof value === "object") {
    const holder = value as Record<string, unknown>;
    if (typeof holder.pattern === "string") found.push({ pattern: holder.pattern, holder });
    for (const child of Object.values(holder)) patternsIn(child, found);
  }
  return found;
}

/**
 * Why a pattern is not in the portable subset, or undefined: "^" only first and "$" only last; no \d, \s,
 * \S, \w, "." or \u escapes (each means something else somewhere); escapes only \xHH, \n and
 * punctuation; groups only (?:...); quantifiers * + ? {n} {n,m}; no nested "[" or set operators
 * in a class (Python reads those as future syntax).
 */
function notPortable(pattern: string): string | undefined {
  const body = pattern.replace(/^\^/, "").replace(/\$$/, "");
  const escape = (at: number) => {
    const next = body[at + 1] ?? "";
    if (next === "x") return /^[0-9a-f]{2}$/i.test(body.slice(at + 2, at + 4)) ? 4 : undefined;
    return next === "n" || /^[-.^$*+?()[\]{}|\\/]$/.test(next) ? 2 : undefined;
  };
  for (let i = 0; i < body.length; ) {
    const c = body[i]!;
    if (c === "\\") {
      const length = escape(i);
      if (!length) return `escape ${body.slice(i, i + 2)}`;
      i += length;
    } else if (c === "[") {
      i += body[i + 1] === "^" ? 2 : 1;
      for (; body[i] !== "]"; ) {
        if (i >= body.length) return "unclosed class";
        if (body[i] === "[" || /^(?:--|&&|\|\||~~)/.test(body.slice(i, i + 2))) return `class syntax at ${body.slice(i, i + 2)}`;
        if (body[i] === "\\") {
          const length = escape(i);
          if (!length) return `escape ${body.slice(i, i + 2)} in a class`;
          i += length;
        } else i += 1;
      }
      i += 1;
    } else if (c === "(") {
      if (body.slice(i, i + 3) !== "(?:") return "a group other than (?:";
      i += 3;
    } else if (c === "{") {
      const quantifier = /^\{[0-9]+(?:,[0-9]+)?\}/.exec(body.slice(i));
      if (!quantifier) return "a brace that is not {n} or {n,m}";
      i += quantifier[0].length;
    } else if (c === "." || c === "^" || c === "$") return `"${c}" inside the pattern`;
    else if (/[\u0000-\u001f]/.test(c)) return "a control character";
    else i += 1;
  }
  return undefined;
}

const schemaFiles = collectionNames.map((name) => collections[name].schemaFile);
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), "utf8")) as unknown;

describe("the JSON Schemas' regular expressions are portable", () => {
  const patterns = [...schemaFiles.map((file) => `schemas/${file}`), "exports/datapackage.json"].flatMap((file) =>
    patternsIn(readJson(file)).map(({ pattern, holder }) => ({ file, pattern, holder })),
  );

  it("has patterns to check", () => {
    expect(patterns.length).toBeGreaterThan(20);
  });

  it("use only syntax that means the same in ECMAScript, Python re, PCRE and Go RE2", () => {
    const bad = patterns.map(({ file, pattern }) => ({ file, pattern, why: notPortable(pattern) }));
    expect(bad.filter((p) => p.why !== undefined)).toEqual([]);
  });

  it("each pattern of a JSON Schema refuses a final line feed beside it (Python's and PCRE's $ match before one)", () => {
    const unguarded = patterns.filter(({ file, pattern, holder }) => file.startsWith("schemas/") && pattern !== "\\n$" && (holder.not as { pattern?: string } | undefined)?.pattern !== "\\n$");
    expect(unguarded.map(({ file, pattern }) => `${file}: ${pattern}`)).toEqual([]);
  });

  it("the check itself refuses what is not portable", () => {
    expect([String.raw`^\d{4}$`, String.raw`^\S+$`, "^a.b$", String.raw`^\u00e9$`, "^(a)$", "^[a[b]]$", "^a{,3}$", "^a$|^b$"].map(notPortable).every(Boolean)).toBe(true);
    expect(notPortable(String.raw`^[\x21-\x7e\xa1-é](?:[a-z-]+|\.){1,2}$`)).toBeUndefined();
  });
});

// Python's jsonschema, from Debian's package: /usr/bin/python3 explicitly, since a python3 earlier
// on PATH (pyenv, a virtualenv) need not see it.
const python = "/usr/bin/python3";
const hasJsonschema = existsSync(python) && spawnSync(python, ["-c", "import jsonschema"]).status === 0;
const install = "Python's jsonschema is not installed: run `apt-get install python3-jsonschema` (as .ci/run does) to run this test";

const pythonValidator = `
import json, sys
from jsonschema import Draft202012Validator
validators = {}
verdicts = []
for line in sys.stdin:
    item = json.loads(line)
    if item["schema"] not in validators:
        with open(item["schema"], encoding="utf-8") as schema:
            validators[item["schema"]] = Draft202012Validator(json.load(schema))
    verdicts.append("1" if validators[item["schema"]].is_valid(json.loads(item["text"])) else "0")
print("".join(verdicts))
`;

/** Python's verdict on each record text: valid or not. */
function pythonVerdicts(items: readonly { collection: CollectionName; text: string }[]): boolean[] {
  const input = items.map(({ collection, text }) => JSON.stringify({ schema: join(root, "schemas", collections[collection].schemaFile), text })).join("\n");
  const result = spawnSync(python, ["-c", pythonValidator], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  expect(result.stderr).toBe("");
  return [...result.stdout.trim()].map((verdict) => verdict === "1");
}

/** The record files of data/ and of the contribution fixture (every collection has one there). */
// At most this many records of each collection of data/, spread over it, so that the corpus (and
// the time Python takes over it) stays the same size however data/ grows.
const perCollection = 10;

function recordTexts(): { collection: CollectionName; text: string }[] {
  return ["data", "tests/fixtures/contribution"].flatMap((folder) =>
    collectionNames.flatMap((collection) => {
      const dir = join(root, folder, collection);
      if (!existsSync(dir)) return [];
      const names = readdirSync(dir).filter((name) => name.endsWith(".json")).sort();
      const step = Math.max(1, Math.ceil(names.length / perCollection));
      return names.filter((_, i) => i % step === 0).map((name) => ({ collection, text: readFileSync(join(dir, name), "utf8") }));
    }),
  );
}

describe("Python's jsonschema agrees with ajv and zod", () => {
  const ajv = ajvValidators();
  const zodAccepts = (collection: CollectionName, value: unknown) => {
    const { $schema: _, ...record } = value as Record<string, unknown>;
    return collections[collection].schema.safeParse(record).success;
  };

  it("rejects every invalid fixture, as ajv and zod do", (context) => {
    if (!hasJsonschema) return context.skip(install);
    const fixtureDir = join(root, "tests", "fixtures", "invalid");
    const fixtures = readdirSync(fixtureDir).map((name) => {
      const { collection, record } = JSON.parse(readFileSync(join(fixtureDir, name), "utf8")) as { collection: CollectionName; record: unknown };
      return { name, collection, text: JSON.stringify(record) };
    });
    const verdicts = pythonVerdicts(fixtures);
    expect(fixtures.filter((_, i) => verdicts[i]).map((fixture) => fixture.name)).toEqual([]);
    expect(verdicts).toHaveLength(fixtures.length);
  });

  it("gives the same verdict as ajv and zod on records of every collection and on thousands of mutations of them", (context) => {
    if (!hasJsonschema) return context.skip(install);
    const corpus = recordTexts().flatMap(({ collection, text }) => [
      { collection, text },
      ...mutationsOf(JSON.parse(text)).map((mutated) => ({ collection, text: JSON.stringify(mutated) })),
    ]);
    expect(corpus.length).toBeGreaterThan(5000);
    const verdicts = pythonVerdicts(corpus);
    expect(verdicts).toHaveLength(corpus.length);
    const disagreements = corpus.flatMap(({ collection, text }, i) => {
      const value = JSON.parse(text) as unknown;
      const byAjv = ajv[collection](value);
      const byZod = zodAccepts(collection, value);
      return byAjv === verdicts[i] && byAjv === byZod ? [] : [{ collection, text, ajv: byAjv, zod: byZod, python: verdicts[i] }];
    });
    expect(disagreements.slice(0, 5)).toEqual([]);
    // Both verdicts occur: the corpus is not all valid or all invalid.
    expect(new Set(verdicts).size).toBe(2);
  });
});
