import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { artifacts, build, generatedFolders, loadDataset } from "../src/build/build.js";
import { withSections } from "../src/build/readme.js";
import { idTypesModule, maxLiteralIds, recordTypesModule } from "../src/build/typed-modules.js";
import type { Dataset } from "../src/lib/collections.js";
import { root } from "./helpers.js";

function filesUnder(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(folder, path).split("\\").join("/"), readFileSync(path));
    }
  };
  for (const generated of generatedFolders) walk(join(folder, generated));
  return files;
}

const scratch = mkdtempSync(join(tmpdir(), "sti-build-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the package's inputs (data/ and package.json) in a scratch folder. */
function copyOfInputs(name: string): string {
  const folder = join(scratch, name);
  cpSync(join(root, "data"), join(folder, "data"), { recursive: true });
  cpSync(join(root, "package.json"), join(folder, "package.json"));
  return folder;
}

describe("the build", () => {
  it("matches the committed schemas/ and exports/ byte for byte (run `npm run build` if not)", () => {
    const loaded = loadDataset(join(root, "data"));
    expect(loaded.problems).toEqual([]);
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    const expected = artifacts(loaded.dataset!, version).files;
    const committed = filesUnder(root);
    expect([...committed.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, content] of expected) expect(committed.get(path)?.equals(Buffer.from(content)), path).toBe(true);
  });

  it("has README's generated sections (columns, coverage) up to date", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(withSections(readme, artifacts(loadDataset(join(root, "data")).dataset!, version).readme)).toBe(readme);
    expect(readme).toContain("| `date_not_after` | string |");
  });

  it("writes byte-identical files on a second run", () => {
    const folder = copyOfInputs("twice");
    expect(build(folder)).toBe(0);
    const first = filesUnder(folder);
    expect(build(folder)).toBe(0);
    expect(filesUnder(folder)).toEqual(first);
    expect(first.size).toBeGreaterThan(40);
  });

  it("writes nothing when data/ is invalid, leaving the previous outputs as they were", () => {
    const folder = copyOfInputs("broken");
    expect(build(folder)).toBe(0);
    const before = filesUnder(folder);
    writeFileSync(join(folder, "data", "people", "dai-gang.json"), '{ "id": "dai-gang", "name": 7 }\n');
    expect(build(folder)).toBe(1);
    expect(filesUnder(folder)).toEqual(before);
    expect(readdirSync(folder).sort()).toEqual(["data", "exports", "package.json", "schemas", "src"]);
  });
});

describe("the typed modules", () => {
  // The id types read nothing but the ids.
  const withIds = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}` }));

  it("type ids as a union of literals, and as string above the size threshold, references following", () => {
    const dataset = loadDataset(join(root, "data")).dataset!;
    const ids = idTypesModule({ ...dataset, people: withIds(maxLiteralIds + 1, "person"), events: withIds(2, "event") } as unknown as Dataset);
    expect(ids).toContain("export type PersonId = string;");
    expect(ids).toContain('export type EventId =\n  | "event-0"\n  | "event-1";');
    // The record types name the id types, so a reference falls back with its target's ids.
    const types = recordTypesModule();
    expect(types).toMatch(/export interface Participation \{[\s\S]*?\n {2}readonly person\?: PersonId;\n[\s\S]*?\n\}/);
    expect(types).toMatch(/export interface Participation \{[\s\S]*?\n {2}readonly event: EventId;\n/);
  });
});
