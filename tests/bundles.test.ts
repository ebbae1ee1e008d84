import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { transformSync } from "esbuild";
import { iso31661 } from "iso-3166";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as codes from "../src/lib/codes.js";
import { collectionNames, collections, type CollectionName } from "../src/lib/collections.js";
import * as relations from "../src/lib/relations.js";
import { bundleEach, bundlerNames, type BundlerName } from "./bundlers.js";
import { dataset, readmeBlock, root } from "./helpers.js";
import { packAndInstall, project, type Packed } from "./packed.js";

// A project that installs the package and imports one thing gets that thing alone: no zod, and no
// records of collections it does not use. Each case is bundled on its own by each bundler, from
// the packed tarball, minified for the browser, then run; the bundle's contents and size are checked.

const data = dataset();
const pkg = "china-sti-cooperation";
const capitalised = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;
const lookupOf = (name: CollectionName) => `get${capitalised(collections[name].entity)}`;

/** The collections each relation helper reads; a new helper must be added here. */
const helperReads: Record<string, CollectionName[]> = {
  participantsOf: ["participations"],
  eventsOf: ["participations", "events"],
  statisticDate: ["events", "sources"],
  reportedOn: ["events", "sources"],
  seriesOf: ["statistics", "events", "sources"],
  dateForOrdering: [],
  statisticRelations: [],
};

interface Case {
  /** What is imported and from where: the name of the entry file. */
  name: string;
  /** The entry file's code; it leaves what it imported in `result`. */
  code: string;
  /** What `result` should hold once the bundle runs: the value, or its type ("function", "object"). */
  result: unknown;
  /** The collections whose records it may bundle. */
  reads: readonly CollectionName[];
  /** Whether it carries zod (the schemas, validateDataset): the checks' own control. */
  zod?: true;
  /** A CommonJS entry (require), which Vite does not take in a project's own code. */
  cjs?: true;
}

const sorted = (name: CollectionName) => [...data[name]].sort((a, b) => (a.id < b.id ? -1 : 1));
const importing = (binding: string, specifier: string) => `import { ${binding} } from "${specifier}";\nglobalThis.result = ${binding};\n`;

// README's quick start, as JavaScript: what it prints, bundled, is what it prints unbundled in Node.
const quickStart = transformSync(readmeBlock("### TypeScript or ESM"), { loader: "ts" }).code;

const cases: Case[] = [
  ...collectionNames.flatMap((name): Case[] => [
    { name: `${name}.root`, code: importing(name, pkg), result: sorted(name), reads: [name] },
    { name: `${name}.subpath`, code: importing(name, `${pkg}/${name}`), result: sorted(name), reads: [name] },
    { name: `${name}.require`, code: `globalThis.result = require("${pkg}/${name}").${name};\n`, result: sorted(name), reads: [name], cjs: true },
  ]),
  ...collectionNames
    .filter((name) => collections[name].redirectable)
    .flatMap((name): Case[] => [
      { name: `${lookupOf(name)}.root`, code: importing(lookupOf(name), pkg), result: "function", reads: [name, "redirects"] },
      { name: `${lookupOf(name)}.subpath`, code: importing(lookupOf(name), `${pkg}/${name}`), result: "function", reads: [name, "redirects"] },
    ]),
  ...Object.keys(helperReads).flatMap((binding): Case[] => [
    { name: `${binding}.root`, code: importing(binding, pkg), result: "function", reads: helperReads[binding]! },
    { name: `${binding}.relations`, code: importing(binding, `${pkg}/relations`), result: "function", reads: helperReads[binding]! },
  ]),
  ...Object.entries(codes).flatMap(([binding, value]): Case[] => [
    { name: `${binding}.root`, code: importing(binding, pkg), result: value, reads: [] },
    { name: `${binding}.codes`, code: importing(binding, `${pkg}/codes`), result: value, reads: [] },
  ]),
  {
    name: "quick-start",
    code: `${quickStart}\nglobalThis.result = "printed";\n`,
    result: "printed",
    reads: ["events", "participations", "people", "organizations", "statistics", "sources", "redirects"],
  },
  { name: "eventSchema.schemas", code: importing("eventSchema", `${pkg}/schemas`), result: "object", reads: [], zod: true },
  { name: "validateDataset.root", code: importing("validateDataset", pkg), result: "function", reads: [], zod: true },
];

// zod's classes are made by name ("$ZodType", "$ZodObject"): the names survive minification.
const zodMark = /\$Zod[A-Z]/;

// A string in each collection's records that neither other collections' records nor the schemas
// (allowed values, descriptions) contain, so that its presence in a bundle shows the records are
// there. ASCII, and no quote marks, so that every bundler writes it as it is.
const schemaTexts = collectionNames.map((name) => readFileSync(join(root, "schemas", collections[name].schemaFile), "utf8")).join("\n");
const markers = Object.fromEntries(
  collectionNames.map((name) => {
    const others = [schemaTexts, ...collectionNames.filter((other) => other !== name).map((other) => JSON.stringify(data[other]))].join("\n");
    const leaves = (value: unknown): string[] =>
      typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(leaves) : [];
    const marker = data[name].flatMap(leaves).find((text) => text.length >= 10 && /^[\x20-\x7e]+$/.test(text) && !/["'`\\$]/.test(text) && !others.includes(text));
    return [name, marker];
  }),
) as Record<CollectionName, string | undefined>;

// Space for the bundler's runtime, the lookup and freeze helpers and the code lists, beyond the
// records themselves (and the ISO 3166 table that countryCodes is read from): the budgets grow
// with the data, so they hold as records are added.
const overhead = 4 * 1024;
const budget = (c: Case) =>
  c.reads.reduce((sum, name) => sum + JSON.stringify(data[name]).length, 0) + overhead + (c.name.startsWith("countryCodes.") ? JSON.stringify(iso31661).length : 0);

let packed: Packed;
let folder: string;
let printed: string;
const sizes: Record<string, Partial<Record<BundlerName, number>>> = {};

beforeAll(() => {
  packed = packAndInstall("sti-bundles-");
  folder = project(packed, "bundles", {
    "package.json": '{ "type": "module", "private": true }\n',
    ...Object.fromEntries(cases.map((c) => [`${c.name}.${c.cjs ? "cjs" : "js"}`, c.code])),
  });
  printed = execFileSync(process.execPath, ["quick-start.js"], { cwd: folder, encoding: "utf8" });
});

afterAll(() => {
  // Every size in one table, for the record.
  const lines = ["| Import | Vite | webpack | esbuild |", "| --- | ---: | ---: | ---: |"];
  for (const [name, bySize] of Object.entries(sizes)) lines.push(`| ${name} | ${bundlerNames.map((b) => bySize[b] ?? "").join(" | ")} |`);
  console.log(lines.join("\n"));
  packed?.remove();
});

describe.each(bundlerNames)("bundled with %s", (bundler) => {
  const own = cases.filter((c) => !(c.cjs && bundler === "vite"));
  let bundles: Record<string, string>;
  beforeAll(async () => {
    bundles = await bundleEach(bundler, folder, Object.fromEntries(own.map((c) => [c.name, `${c.name}.${c.cjs ? "cjs" : "js"}`])));
    for (const c of own) (sizes[c.name] ??= {})[bundler] = Buffer.byteLength(bundles[c.name]!);
  });

  it.each(own)("$name: runs, and holds what it reads and nothing else", (c) => {
    const code = bundles[c.name]!;
    const lines: string[] = [];
    const context: Record<string, unknown> = { console: { log: (...args: unknown[]) => lines.push(args.join(" ")) } };
    context.self = context;
    runInNewContext(code, context);
    if (c.result === "function" || c.result === "object") expect(typeof context.result).toBe(c.result);
    else expect(JSON.parse(JSON.stringify(context.result))).toEqual(c.result);
    if (c.name === "quick-start") expect(lines.join("\n")).toBe(printed.trimEnd());

    expect(zodMark.test(code), "zod in the bundle").toBe(Boolean(c.zod));
    for (const name of collectionNames) {
      if (markers[name] === undefined) continue;
      expect(code.includes(markers[name]!), `${name} records in the bundle (${markers[name]})`).toBe(c.reads.includes(name));
    }
    if (!c.zod) expect(Buffer.byteLength(code)).toBeLessThan(budget(c));
  });
});

describe("the checks above", () => {
  it("have a marker for every collection that has records", () => {
    expect(collectionNames.filter((name) => data[name].length > 0 && markers[name] === undefined)).toEqual([]);
  });

  it("know which collections every relation helper reads", () => {
    expect(Object.keys(relations).filter((name) => typeof (relations as Record<string, unknown>)[name] === "function" && !(name in helperReads))).toEqual([]);
  });

  it("run README's quick start, which prints something", () => {
    expect(printed.split("\n").length).toBeGreaterThan(data.events.length);
  });
});
