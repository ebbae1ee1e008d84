import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { iso31661 } from "iso-3166";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as codes from "../src/lib/codes.js";
import { collectionNames, collections, type CollectionName } from "../src/lib/collections.js";
import * as relations from "../src/lib/relations.js";
import { bundleEach, bundlerNames, type BundlerName } from "./bundlers.js";
import { dataset, root } from "./helpers.js";
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
};

interface Case {
  /** What is imported, and from where: the name of the entry file. */
  name: string;
  specifier: string;
  binding: string;
  /** The collections whose records it may bundle. */
  reads: readonly CollectionName[];
  /** Whether it carries zod (the schemas, validateDataset): the checks' own control. */
  zod?: true;
}

const cases: Case[] = [
  ...collectionNames.flatMap((name) => [
    { name: `${name}.root`, specifier: pkg, binding: name, reads: [name] },
    { name: `${name}.subpath`, specifier: `${pkg}/${name}`, binding: name, reads: [name] },
  ]),
  ...collectionNames
    .filter((name) => collections[name].redirectable)
    .flatMap((name) => [
      { name: `${lookupOf(name)}.root`, specifier: pkg, binding: lookupOf(name), reads: [name, "redirects" as const] },
      { name: `${lookupOf(name)}.subpath`, specifier: `${pkg}/${name}`, binding: lookupOf(name), reads: [name, "redirects" as const] },
    ]),
  ...Object.keys(helperReads).flatMap((binding) => [
    { name: `${binding}.root`, specifier: pkg, binding, reads: helperReads[binding]! },
    { name: `${binding}.relations`, specifier: `${pkg}/relations`, binding, reads: helperReads[binding]! },
  ]),
  ...Object.keys(codes).flatMap((binding) => [
    { name: `${binding}.root`, specifier: pkg, binding, reads: [] },
    { name: `${binding}.codes`, specifier: `${pkg}/codes`, binding, reads: [] },
  ]),
  { name: "eventSchema.schemas", specifier: `${pkg}/schemas`, binding: "eventSchema", reads: [], zod: true },
  { name: "validateDataset.root", specifier: pkg, binding: "validateDataset", reads: [], zod: true },
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
  c.reads.reduce((sum, name) => sum + JSON.stringify(data[name]).length, 0) + overhead + (c.binding === "countryCodes" ? JSON.stringify(iso31661).length : 0);

/** What running a bundle leaves in `result`: the value the package exports, or the kind of value. */
function expected(c: Case): unknown {
  if (c.binding in codes) return (codes as Record<string, unknown>)[c.binding];
  if ((collectionNames as string[]).includes(c.binding)) return [...data[c.binding as CollectionName]].sort((a, b) => (a.id < b.id ? -1 : 1));
  return c.zod && c.binding.endsWith("Schema") ? "object" : "function";
}

let packed: Packed;
let folder: string;
const sizes: Record<string, Partial<Record<BundlerName, number>>> = {};

beforeAll(() => {
  packed = packAndInstall("sti-bundles-");
  folder = project(packed, "bundles", {
    "package.json": '{ "type": "module", "private": true }\n',
    ...Object.fromEntries(cases.map((c) => [`${c.name}.js`, `import { ${c.binding} } from "${c.specifier}";\nglobalThis.result = ${c.binding};\n`])),
  });
});

afterAll(() => {
  // One table of every size, for the record (and for README's numbers when they are updated).
  const lines = ["| Import | Vite | webpack | esbuild |", "| --- | ---: | ---: | ---: |"];
  for (const [name, bySize] of Object.entries(sizes)) lines.push(`| ${name} | ${bundlerNames.map((b) => bySize[b] ?? "").join(" | ")} |`);
  if (packed) writeFileSync(join(packed.scratch, "..", "sti-bundle-sizes.md"), `${lines.join("\n")}\n`);
  console.log(lines.join("\n"));
  packed?.remove();
});

describe.each(bundlerNames)("bundled with %s", (bundler) => {
  let bundles: Record<string, string>;
  beforeAll(async () => {
    bundles = await bundleEach(bundler, folder, Object.fromEntries(cases.map((c) => [c.name, `${c.name}.js`])));
    for (const c of cases) (sizes[c.name] ??= {})[bundler] = Buffer.byteLength(bundles[c.name]!);
  });

  it.each(cases)("$name: runs, and holds what it reads and nothing else", (c) => {
    const code = bundles[c.name]!;
    const context: Record<string, unknown> = {};
    context.self = context;
    runInNewContext(code, context);
    const result = context.result;
    if (typeof expected(c) === "string") expect(typeof result).toBe(expected(c));
    else expect(JSON.parse(JSON.stringify(result))).toEqual(expected(c));

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
});
