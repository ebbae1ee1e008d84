import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataset, root } from "./helpers.js";

const data = dataset();

// Packs the package as npm would publish it and installs the tarball, offline, into scratch
// projects of each kind a user has. `npm test` builds dist/ before vitest runs.
const scratch = mkdtempSync(join(tmpdir(), "sti-package-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const bin = (name: string) => join(root, "node_modules", ".bin", name);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function sh(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** Type-checks a scratch project with the repository's TypeScript; "" when clean. */
function typecheck(folder: string): string {
  const result = sh(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "."], folder);
  return result.code === 0 ? "" : result.out || `tsc exited ${result.code}`;
}

function project(name: string, files: Record<string, string>): string {
  const folder = join(scratch, "consumer", name);
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
  return folder;
}

let packed: { size: number; unpackedSize: number; filename: string };

beforeAll(() => {
  const output = execFileSync(npm, ["pack", "--json", "--pack-destination", scratch], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  packed = (JSON.parse(output) as (typeof packed)[])[0]!;
  // Installed by hand, as npm would lay it out, so that no registry and no npm cache is needed: the
  // tarball unpacked into node_modules, its one dependency copied from this repository's node_modules.
  const modules = join(scratch, "consumer", "node_modules");
  mkdirSync(join(modules, "china-sti-cooperation"), { recursive: true });
  writeFileSync(join(scratch, "consumer", "package.json"), '{ "name": "consumer", "private": true }\n');
  execFileSync("tar", ["-xzf", join(scratch, packed.filename), "-C", join(modules, "china-sti-cooperation"), "--strip-components=1"]);
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string>; bin: Record<string, string> };
  for (const dependency of Object.keys(manifest.dependencies)) cpSync(join(root, "node_modules", dependency), join(modules, dependency), { recursive: true });
  mkdirSync(join(modules, ".bin"), { recursive: true });
  for (const [name, file] of Object.entries(manifest.bin)) symlinkSync(join("..", "china-sti-cooperation", file), join(modules, ".bin", name));
});

describe("the packed package", () => {
  it("stays within its size budget, which grows with data/", () => {
    // The records ship as JSON, NDJSON, CSV and ESM and CommonJS modules: a budget per byte of
    // data/ plus a fixed part for the code, so that adding valid records never breaks this test.
    const dataBytes = readdirSync(join(root, "data"), { recursive: true })
      .filter((file) => String(file).endsWith(".json"))
      .reduce((sum, file) => sum + statSync(join(root, "data", String(file))).size, 0);
    console.log(`packed ${(packed.size / 1024).toFixed(1)} KiB, unpacked ${(packed.unpackedSize / 1024).toFixed(1)} KiB, data/ ${(dataBytes / 1024).toFixed(1)} KiB`);
    expect(packed.size).toBeLessThan(2 * dataBytes + 256 * 1024);
    expect(packed.unpackedSize).toBeLessThan(10 * dataBytes + 1536 * 1024);
  });

  it("passes publint (strict) and are-the-types-wrong with no problem", () => {
    const publint = sh(bin("publint"), ["--strict"], root);
    expect(publint.out).toContain("All good!");
    expect(publint.code).toBe(0);
    const attw = sh(bin("attw"), [join(scratch, packed.filename), "--format", "table-flipped"], root);
    expect(attw.out).toContain("No problems found");
    expect(attw.code).toBe(0);
  });

  it("depends on zod alone", () => {
    const manifest = JSON.parse(readFileSync(join(scratch, "consumer", "node_modules", "china-sti-cooperation", "package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies)).toEqual(["zod"]);
  });

  it("works in an ESM TypeScript project (NodeNext): type-checks, compiles and runs", () => {
    const folder = project("esm-nodenext", {
      "package.json": '{ "type": "module" }\n',
      "tsconfig.json": JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, outDir: "out", lib: ["ES2022", "DOM"], types: [] } }),
      "main.ts": [
        'import { collectionNames, events, getPerson, participantsOf, seriesOf, validateDataset, type Event, type PersonId } from "china-sti-cooperation";',
        'import * as sti from "china-sti-cooperation";',
        'import { statistics } from "china-sti-cooperation/statistics";',
        'import { eventSchema } from "china-sti-cooperation/schemas";',
        'const id: PersonId = "dai-gang";',
        "const name: string = getPerson(id).name; // a known id needs no undefined check",
        "const first: Event = events[0]!;",
        "const parsed = eventSchema.parse(first);",
        "const problems = validateDataset(Object.fromEntries(collectionNames.map((name) => [name, sti[name]])));",
        'console.log(JSON.stringify({ name, events: events.length, parsed: parsed.id === first.id, people: participantsOf(first.id).length, statistics: statistics.length, series: seriesOf("intergovernmental-sti-agreements", { scope: "all-partners" }).length, problems: problems.length }));',
      ].join("\n"),
    });
    expect(typecheck(folder)).toBe("");
    const run = sh(process.execPath, ["out/main.js"], folder);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual({
      name: "Dai Gang",
      events: data.events.length,
      parsed: true,
      people: data.participations.filter((p) => p.event === [...data.events].sort((a, b) => (a.id < b.id ? -1 : 1))[0]!.id).length,
      statistics: data.statistics.length,
      series: data.statistics.filter((s) => s.indicator === "intergovernmental-sti-agreements" && s.kind === "achieved" && s.scope === "all-partners").length,
      problems: 0,
    });
  });

  it("works with require() in a CommonJS project", () => {
    const folder = project("cjs", {
      "package.json": '{ "type": "commonjs" }\n',
      "main.js": [
        'const { people, eventsOf } = require("china-sti-cooperation");',
        'const { personSchema } = require("china-sti-cooperation/schemas");',
        'const { sources } = require("china-sti-cooperation/sources");',
        'console.log(JSON.stringify({ people: people.length, dai: eventsOf("dai-gang").length, ok: personSchema.safeParse(people[0]).success, sources: sources.length }));',
      ].join("\n"),
    });
    const run = sh(process.execPath, ["main.js"], folder);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual({
      people: data.people.length,
      dai: new Set(data.participations.filter((p) => p.person === "dai-gang").map((p) => p.event)).size,
      ok: true,
      sources: data.sources.length,
    });
  });

  it("bundles only what is imported (moduleResolution bundler + esbuild)", () => {
    const folder = project("bundler", {
      "package.json": '{ "type": "module" }\n',
      "tsconfig.json": JSON.stringify({ compilerOptions: { module: "ESNext", moduleResolution: "Bundler", target: "ES2022", strict: true, noEmit: true, lib: ["ES2022", "DOM"], types: [] } }),
      "main.ts": [
        'import { statisticSchema } from "china-sti-cooperation/schemas";',
        'import { statistics } from "china-sti-cooperation/statistics";',
        "console.log(statistics.filter((s) => statisticSchema.safeParse(s).success).length);",
      ].join("\n"),
    });
    expect(typecheck(folder)).toBe("");
    const build = sh(bin("esbuild"), ["main.ts", "--bundle", "--platform=node", "--format=esm", "--outfile=bundle.js"], folder);
    expect(build.code, build.out).toBe(0);
    const bundle = readFileSync(join(folder, "bundle.js"), "utf8");
    expect(bundle).toContain("2023-10-30-belt-and-road-sti-agreement-countries"); // the statistics it imports
    for (const other of ["Francisco Escobar Pedreschi", "Panamanian Embassy in China", "Wang Zhigang meets SCO", "Square Kilometer Array", "zhao-jing"]) {
      expect(bundle, other).not.toContain(other);
    }
    expect(sh(process.execPath, ["bundle.js"], folder).out.trim()).toBe(String(data.statistics.length));
  });

  it("runs the CLI from the installed package", () => {
    const folder = project("cli", {});
    mkdirSync(join(folder, "data", "sources"), { recursive: true });
    writeFileSync(join(folder, "data", "sources", "a-report.json"), '{\n  "$schema": "../../node_modules/china-sti-cooperation/schemas/source.schema.json",\n  "id": "a-report",\n  "title": "A report",\n  "kind": "news-report",\n  "url": "https://example.org/a-report",\n  "language": "en"\n}\n');
    const cli = join(scratch, "consumer", "node_modules", ".bin", "china-sti-cooperation");
    const ok = sh(cli, ["validate", "data/sources/a-report.json"], folder);
    expect(ok.out).toContain("✓ 1 record file valid");
    expect(ok.code).toBe(0);
    writeFileSync(join(folder, "data", "sources", "a-report.json"), '{ "id": "a-report", "title": "A report", "kind": "blog", "url": "https://example.org/a-report", "language": "en" }\n');
    const bad = sh(cli, ["validate", "data/sources/a-report.json"], folder);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('data/sources/a-report.json:1:50  error  "blog" is not an allowed value at kind');
  });
});
