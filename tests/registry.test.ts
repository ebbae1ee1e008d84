import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectionNames, collections } from "../src/lib/collections.js";
import { datasetRules, fileRules } from "../src/lib/generated/rules.js";
import { references } from "../src/lib/references.js";
import { redirectSchema } from "../src/lib/collections.js";
import { entries } from "../tsup.config.js";
import { root } from "./helpers.js";

const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  exports: Record<string, unknown>;
  typesVersions: { "*": Record<string, string[]> };
};

// What package.json must say for each entry point the registry defines.
const entry = (name: string) => ({
  import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
  require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
});

describe("the collection registry is the one list of collections", () => {
  it("package.json exports one subpath per entry of the bundle: one per collection, the schemas, the code lists and the relation helpers", () => {
    const subpaths = Object.keys(entries).filter((name) => name !== "index");
    expect(subpaths).toEqual(expect.arrayContaining(["schemas", "codes", "relations", ...collectionNames]));
    const expected = Object.fromEntries(subpaths.map((name) => [`./${name}`, entry(name)]));
    const actual = Object.fromEntries(Object.entries(manifest.exports).filter(([key]) => /^\.\/[a-z]+$/.test(key)));
    expect(actual).toEqual(expected);
    expect(manifest.typesVersions["*"]).toEqual(Object.fromEntries(subpaths.map((name) => [name, [`./dist/${name}.d.cts`]])));
  });

  it("has a data folder and a generated typed module for every collection, and nothing else", () => {
    expect(readdirSync(join(root, "data")).filter((name) => !name.includes(".")).sort()).toEqual([...collectionNames].sort());
    expect(readdirSync(join(root, "src", "lib", "generated", "records")).sort()).toEqual([...collectionNames.map((name) => `${name}.ts`), "index.ts"].sort());
  });

  it("names each schema file after its entity and knows which collections cite sources", () => {
    for (const name of collectionNames) {
      expect(collections[name].schemaFile).toBe(`${collections[name].entity}.schema.json`);
      expect(collections[name].cited).toBe("citations" in collections[name].schema.shape);
    }
  });

  it("lets a redirect name every collection that can be redirected, and no other", () => {
    expect(redirectSchema.shape.collection.options).toEqual(collectionNames.filter((name) => collections[name].redirectable));
  });

  it("reads every reference from the schemas, each to a collection of the registry", () => {
    const found = references().map((ref) => `${ref.from}.${ref.path.join(".")} -> ${ref.to}`);
    expect(found).toContain("participations.person -> people");
    expect(found).toContain("events.citations.*.source -> sources");
    expect(found).toContain("statistics.linkedStatistics.* -> statistics");
    for (const ref of references()) expect(collectionNames).toContain(ref.to);
  });
});

describe("the rule registry", () => {
  const files = readdirSync(join(root, "src", "lib", "rules"));

  it("has one module per rule, each with its own id and a one-line description", () => {
    const all = [...fileRules, ...datasetRules];
    expect(all).toHaveLength(files.length);
    expect(new Set(all.map((rule) => rule.id)).size).toBe(all.length);
    for (const rule of all) {
      expect(rule.id).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(rule.description).toMatch(/^[A-Z"].*\.$/);
      expect(rule.description).not.toContain("\n");
    }
  });

  it("keeps the file rules in modules named file-*.ts, and lists every rule in README", () => {
    expect(fileRules.every((rule) => rule.kind === "file")).toBe(true);
    expect(fileRules).toHaveLength(files.filter((file) => file.startsWith("file-")).length);
    const readme = readFileSync(join(root, "README.md"), "utf8");
    for (const rule of [...fileRules, ...datasetRules]) expect(readme).toContain(`| \`${rule.id}\` | ${rule.description.replaceAll("|", "\\|")} |`);
  });
});
