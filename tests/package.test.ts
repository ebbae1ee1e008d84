import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maxLiteralIds } from "../src/build/typed-modules.js";
import { collectionNames, collections } from "../src/lib/collections.js";
import { describe as describeSchema } from "../src/lib/schema-walk.js";
import { ajvValidators, dataset, readmeBlock, root } from "./helpers.js";
import { bin, packAndInstall, project, sh, typecheck, type Packed } from "./packed.js";

const data = dataset();
const pkg = "china-sti-cooperation";

let packed: Packed;
beforeAll(() => {
  packed = packAndInstall("sti-package-");
});
afterAll(() => packed?.remove());

const readme = readFileSync(join(root, "README.md"), "utf8");
const quickStart = readmeBlock("### TypeScript or ESM");

/** README's quick start compiled and run as an ESM TypeScript project (NodeNext): what it prints. */
let printed = "";

describe("the packed package", () => {
  it("stays within its size budget, which grows with the records", () => {
    // The package holds the records several times over (typed modules in ESM and CommonJS with
    // their source maps; JSON, NDJSON and CSV exports), so its size is a fixed part for the code,
    // schemas and documentation and a part per byte of records (as compact JSON). At the time of
    // writing: 345 KiB packed and 2.0 MiB unpacked with 35 KiB of records, and a synthetic dataset
    // ten times as large came to 5.9 MB unpacked; with ten times the records the budgets are about
    // 1.4 MiB packed and 7.6 MiB unpacked, room for the growth expected and for the code to grow.
    const recordBytes = collectionNames.reduce((sum, name) => sum + JSON.stringify(data[name]).length, 0);
    console.log(`packed ${(packed.size / 1024).toFixed(1)} KiB, unpacked ${(packed.unpackedSize / 1024).toFixed(1)} KiB, records ${(recordBytes / 1024).toFixed(1)} KiB`);
    expect(packed.size).toBeLessThan(384 * 1024 + 3 * recordBytes);
    expect(packed.unpackedSize).toBeLessThan(2 * 1024 * 1024 + 16 * recordBytes);
  });

  it("passes publint (strict) and are-the-types-wrong with no problem", () => {
    const publint = sh(bin("publint"), ["--strict"], root);
    expect(publint.out).toContain("All good!");
    expect(publint.code).toBe(0);
    const attw = sh(bin("attw"), [packed.tarball, "--format", "table-flipped"], root);
    expect(attw.out).toContain("No problems found");
    expect(attw.code).toBe(0);
  });

  it("depends on zod alone", () => {
    const manifest = JSON.parse(readFileSync(join(packed.consumer, "node_modules", pkg, "package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies)).toEqual(["zod"]);
  });

  it("ships a source map beside every module, leading to the TypeScript sources", () => {
    const dist = join(packed.consumer, "node_modules", pkg, "dist");
    // The command's two files (dist/cli.cjs and the bundle it starts) have none: they are not imported.
    const modules = readdirSync(dist).filter((file) => /\.c?js$/.test(file) && !["cli.cjs", "cli-main.cjs"].includes(file));
    expect(modules.length).toBeGreaterThan(collectionNames.length * 2);
    const sources = new Map<string, string>();
    for (const file of modules) {
      expect(readFileSync(join(dist, file), "utf8").trimEnd().endsWith(`//# sourceMappingURL=${file}.map`), file).toBe(true);
      const map = JSON.parse(readFileSync(join(dist, `${file}.map`), "utf8")) as { sources: string[]; sourcesContent?: (string | null)[] };
      for (const [i, source] of map.sources.entries()) {
        expect(source, `${file}.map names a path on the building machine`).not.toMatch(/^\/|^[A-Za-z]:/);
        if (source.startsWith("../src/")) sources.set(source, map.sourcesContent![i]!);
      }
    }
    // The maps carry the sources themselves (src/ is not in the package).
    expect(sources.get("../src/lib/relations.ts")).toBe(readFileSync(join(root, "src", "lib", "relations.ts"), "utf8"));
    expect([...sources.keys()]).toEqual(expect.arrayContaining(collectionNames.map((name) => `../src/lib/generated/records/${name}.ts`)));
  });
});

describe("in an ESM TypeScript project (NodeNext)", () => {
  // Whether a collection's ids are a union of literals (not plain string, nor never for no record).
  const literal = (name: keyof typeof data) => data[name].length > 0 && data[name].length <= maxLiteralIds;
  // What an editor shows on hover over each field of every record type.
  const probes = collectionNames.map((name) => {
    const shape = describeSchema(collections[name].schema);
    const type = `${collections[name].entity[0]!.toUpperCase()}${collections[name].entity.slice(1)}`;
    const fields = shape.kind === "object" ? shape.fields : [];
    return { type, fields, code: [`declare const probe${type}: ${type};`, ...fields.map((field) => `probe${type}.${field.key};`)].join("\n") };
  });
  let folder: string;

  beforeAll(() => {
    folder = project(packed, "esm-nodenext", {
      "package.json": '{ "type": "module" }\n',
      "tsconfig.json": JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, outDir: "out", lib: ["ES2022", "DOM"], types: [] } }),
      "quick-start.ts": quickStart,
      "hover.ts": [
        `import { events, type ${probes.map((probe) => probe.type).join(", type ")} } from "${pkg}";`,
        "export const first = events[0];",
        ...probes.map((probe) => probe.code),
      ].join("\n"),
      "types.ts": [
        'import { getPerson, participantsOf, eventsOf, seriesOf, type CountryCode, type Event, type EventId, type IndicatorId, type Organization, type Participation, type Person, type PersonId, type ProgramId, type Statistic } from "china-sti-cooperation";',
        "type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;",
        "// A record's id is its collection's id type, and every reference field the ids of the collection it points at.",
        'export const id: Equal<Person["id"], PersonId> = true;',
        'export const person: Equal<Participation["person"], PersonId | undefined> = true;',
        'export const indicator: Equal<Statistic["indicator"], IndicatorId> = true;',
        'export const programs: Equal<Event["programs"], readonly ProgramId[] | undefined> = true;',
        'export const country: Equal<Organization["country"], CountryCode | undefined> = true;',
        "// Relation helpers take the id unions.",
        "export const helpers: [Equal<Parameters<typeof participantsOf>[0], EventId>, Equal<Parameters<typeof eventsOf>[0], PersonId>, Equal<Parameters<typeof seriesOf>[0], IndicatorId>] = [true, true, true];",
        "// A participation's person, once there, is found without an undefined check.",
        "export const nameOf = (p: Participation): string => getPerson(p.person!).name;",
        ...(literal("people") ? ["declare const someone: PersonId;", "const found = getPerson(someone);", "export const lookup: Equal<typeof found, Person> = true;"] : []),
        "// Each line below must fail to compile.",
        "export function mistakes(p: Participation, first: Event) {",
        "  // @ts-expect-error a record is readonly",
        '  first.title = "changed";',
        "  // @ts-expect-error and so are its lists",
        "  first.citations.push(first.citations[0]!);",
        "  // @ts-expect-error a country code is an ISO 3166-1 code",
        '  const code: CountryCode = "XX";',
        ...(literal("events") ? ["  // @ts-expect-error a misspelt id is no event's id", '  participantsOf("no-such-event");'] : []),
        ...(literal("events") && literal("people") ? ["  // @ts-expect-error a person's id is no event's id", "  participantsOf(p.person!);"] : []),
        "  return code;",
        "}",
      ].join("\n"),
      "main.ts": [
        'import * as sti from "china-sti-cooperation";',
        'import { collectionNames, getPerson, participations, validateDataset } from "china-sti-cooperation";',
        'import { redirects } from "china-sti-cooperation/redirects";',
        'import { events } from "china-sti-cooperation/events";',
        'import { participantsOf } from "china-sti-cooperation/relations";',
        'import { eventKinds } from "china-sti-cooperation/codes";',
        'import { eventSchema } from "china-sti-cooperation/schemas";',
        "// A participation's person needs no undefined check once it is there.",
        "const names = participations.flatMap((p) => (p.person ? [getPerson(p.person).name] : []));",
        "const first = events[0];",
        "let threw = false;",
        "if (first) {",
        "  try {",
        '    (first as { title: string }).title = "changed";',
        "  } catch (error) {",
        "    threw = error instanceof TypeError;",
        "  }",
        "}",
        "console.log(JSON.stringify({",
        "  names,",
        "  frozen: threw && Object.isFrozen(first?.citations[0]) && Object.isFrozen(events),",
        "  sameRecords: sti.events === events && sti.participantsOf === participantsOf && sti.eventKinds === eventKinds && sti.eventSchema === eventSchema,",
        "  redirects: redirects.length,",
        "  parsed: events.every((event) => eventSchema.safeParse(event).success),",
        "  problems: validateDataset(Object.fromEntries(collectionNames.map((name) => [name, sti[name]]))).length,",
        "}));",
      ].join("\n"),
    });
  });

  it("type-checks: literal ids, typed references, readonly records", () => {
    expect(typecheck(folder)).toBe("");
  });

  it("runs: records frozen, one instance whichever entry loads them, every subpath alone", () => {
    const run = sh(process.execPath, ["out/main.js"], folder);
    expect(run.code, run.out).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      names: [...data.participations]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .flatMap((p) => (p.person ? [data.people.find((person) => person.id === p.person)!.name] : [])),
      frozen: data.events.length > 0,
      sameRecords: true,
      redirects: data.redirects.length,
      parsed: true,
      problems: 0,
    });
  });

  it("runs README's quick start, which prints what README says", () => {
    const run = sh(process.execPath, ["out/quick-start.js"], folder);
    expect(run.code, run.out).toBe(0);
    printed = run.stdout;
    const lines = printed.trimEnd().split("\n");
    // One line per event (in id order), naming everyone who took part: a person by name, else as
    // the source names them, else the organization.
    const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
    const who = (p: (typeof data.participations)[number]) =>
      (p.person && data.people.find((person) => person.id === p.person)!.name) ?? p.nameInSource ?? data.organizations.find((o) => o.id === p.organization)!.name;
    const expected = byId(data.events).map((event) => {
      const when = event.date.status === "unknown" ? `by ${event.date.notAfter}` : event.date.value;
      return `${when} ${event.title}: ${byId(data.participations).filter((p) => p.event === event.id).map(who).join(", ")}`;
    });
    expect(lines.slice(0, expected.length)).toEqual(expected);
    // The lines README's comments show.
    const shown = quickStart.split("\n").filter((line) => /^\/\/ \d{4}/.test(line)).map((line) => line.slice(3));
    expect(shown.length).toBeGreaterThan(0);
    expect(lines).toEqual(expect.arrayContaining(shown));
  });

  it("shows each field's description from the schema on hover, under the record type's name", () => {
    const file = join(folder, "hover.ts");
    const text = readFileSync(file, "utf8");
    const service = languageService(folder, file);
    const hover = (at: number) => service.getQuickInfoAtPosition(file, at);
    expect(ts.displayPartsToString(hover(text.indexOf("first = events"))!.displayParts)).toBe("const first: Event");
    for (const { type, fields } of probes) {
      for (const field of fields) {
        const info = hover(text.indexOf(`probe${type}.${field.key};`) + `probe${type}.`.length);
        const expected = field.schema.meta.description ?? (field.schema.kind === "array" ? field.schema.item.meta.description : undefined);
        expect(ts.displayPartsToString(info?.documentation), `${type}.${field.key}`).toBe(expected);
      }
    }
  });
});

describe("in a CommonJS project", () => {
  it("gets one instance of each record array, whichever entry point loads it", () => {
    const folder = project(packed, "cjs", {
      "package.json": '{ "type": "commonjs" }\n',
      "main.js": [
        `const root = require("${pkg}");`,
        "const same = {};",
        `for (const name of root.collectionNames) same[name] = root[name] === require("${pkg}/" + name)[name] && Object.isFrozen(root[name]);`,
        `same.relations = root.eventsOf === require("${pkg}/relations").eventsOf;`,
        `same.codes = root.eventKinds === require("${pkg}/codes").eventKinds;`,
        `same.schemas = root.eventSchema === require("${pkg}/schemas").eventSchema;`,
        'console.log(JSON.stringify({ same, dai: root.eventsOf("dai-gang").length, ok: root.personSchema.safeParse(root.people[0]).success }));',
      ].join("\n"),
    });
    const run = sh(process.execPath, ["main.js"], folder);
    expect(run.code, run.out).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      same: { ...Object.fromEntries(collectionNames.map((name) => [name, true])), relations: true, codes: true, schemas: true },
      dai: new Set(data.participations.filter((p) => p.person === "dai-gang").map((p) => p.event)).size,
      ok: true,
    });
  });
});

describe("in a bundler project (moduleResolution Bundler)", () => {
  it("type-checks README's quick start", () => {
    const folder = project(packed, "bundler", {
      "package.json": '{ "type": "module" }\n',
      "tsconfig.json": JSON.stringify({ compilerOptions: { module: "ESNext", moduleResolution: "Bundler", target: "ES2022", strict: true, noEmit: true, lib: ["ES2022", "DOM"], types: [] } }),
      "main.ts": quickStart,
    });
    expect(typecheck(folder)).toBe("");
  });
});

// Debian's Chromium, driven by playwright-core (no browser download).
const chromium = "/usr/bin/chromium";

describe("a page built with Vite, in headless Chromium", () => {
  let server: Server | undefined;
  afterAll(() => server?.close());

  it("runs README's quick start and prints what Node prints", async (context) => {
    if (!existsSync(chromium)) {
      const note = `skipped: no ${chromium} (apt-get install chromium)`;
      console.warn(note);
      return context.skip(note);
    }
    const folder = project(packed, "page", {
      "package.json": '{ "type": "module", "private": true }\n',
      "index.html": '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Quick start</title></head>\n<body><script type="module" src="./main.ts"></script></body>\n</html>\n',
      "main.ts": quickStart,
    });
    const { build } = await import("vite");
    await build({ root: folder, base: "./", configFile: false, logLevel: "silent", build: { outDir: "dist", emptyOutDir: true } });
    const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript" };
    server = createServer((request, response) => {
      const file = resolve(folder, "dist", `.${new URL(request.url!, "http://localhost").pathname.replace(/\/$/, "/index.html")}`);
      if (!file.startsWith(join(folder, "dist")) || !existsSync(file)) return response.writeHead(404).end();
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
    });
    await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
    const { chromium: browserType } = await import("playwright-core");
    const browser = await browserType.launch({
      executablePath: chromium,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    try {
      const page = await browser.newPage();
      const logged: string[] = [];
      const errors: string[] = [];
      page.on("console", (message) => logged.push(message.text()));
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForLoadState("load");
      expect(errors).toEqual([]);
      expect(printed, "the Node run of the quick start comes first").not.toBe("");
      expect(logged.join("\n")).toBe(printed.trimEnd());
    } finally {
      await browser.close();
    }
  });
});

describe("a project's own records, beside the package's (README's worked example)", () => {
  const section = readme.slice(readme.indexOf("### Records of your own"), readme.indexOf("## Downloads"));
  // Each record file README shows: its path on the line before its block.
  const files = [...section.matchAll(/^`(data\/[a-z]+\/[a-z0-9-]+\.json)`\n\n```json\n([\s\S]*?)^```$/gm)].map((m) => ({ path: m[1]!, text: m[2]! }));
  let folder: string;
  const cli = (args: string[]) => sh(packed.cli, args, folder);

  beforeAll(() => {
    folder = project(packed, "own-data", { "package.json": '{ "name": "own-data", "private": true }\n' });
    // A project of its own, with the package in its own node_modules.
    symlinkSync(join(packed.consumer, "node_modules"), join(folder, "node_modules"));
  });

  it("README shows the files and the commands", () => {
    expect(files.map((file) => file.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^data\/events\//), expect.stringMatching(/^data\/participations\//)]));
    expect(section).toContain("npx china-sti-cooperation new events");
  });

  it("new writes each file with a $schema that leads to the package's JSON Schema", () => {
    for (const { path } of files) {
      const [, collection, id] = /^data\/([a-z]+)\/(.+)\.json$/.exec(path)!;
      const made = cli(["new", collection!, id!]);
      expect(made.code, made.out).toBe(0);
      const $schema = JSON.parse(readFileSync(join(folder, path), "utf8")).$schema as string;
      expect($schema).toBe(`../../node_modules/${pkg}/schemas/${collections[collection as "events"].schemaFile}`);
      expect(existsSync(resolve(folder, dirname(path), $schema))).toBe(true);
    }
  });

  it("validates README's records, which refer to the package's, with the package's schemas", () => {
    for (const { path, text } of files) writeFileSync(join(folder, path), text);
    const format = cli(["format", "--check"]);
    expect(format.out).toBe("");
    expect(format.code).toBe(0);
    const result = cli(["validate"]);
    expect(result.out).toContain(`✓ ${files.length} record files valid`);
    expect(result.code).toBe(0);
    expect(section).toContain(`✓ ${files.length} record files valid`);
    // What an editor checks: each file against the JSON Schema its $schema leads to.
    const validators = ajvValidators();
    for (const { path, text } of files) {
      const record = JSON.parse(text) as { $schema: string };
      const schema = JSON.parse(readFileSync(resolve(folder, dirname(path), record.$schema), "utf8")) as { $id?: string; title?: string };
      const collection = path.split("/")[1] as keyof typeof validators;
      expect(schema).toEqual(JSON.parse(readFileSync(join(root, "schemas", collections[collection].schemaFile), "utf8")));
      expect(validators[collection](record), path).toBe(true);
    }
  });

  it("reports a misspelt reference to the package's records, and a reused id of theirs", () => {
    const event = files.find((file) => file.path.startsWith("data/events/"))!;
    const program = (JSON.parse(event.text) as { programs: string[] }).programs[0]!;
    writeFileSync(join(folder, event.path), event.text.replace(`"${program}"`, `"${program}x"`));
    mkdirSync(join(folder, "data", "people"), { recursive: true });
    const reused = data.people[0]!;
    writeFileSync(join(folder, "data", "people", `${reused.id}.json`), `${JSON.stringify(reused, null, 2)}\n`);
    const result = cli(["validate"]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`no programs record has the id "${program}x"`);
    expect(result.out).toContain(`did you mean "${program}"?`);
    expect(result.out).toContain(`id "${reused.id}" is already used by another people record`);
    expect(result.out).toContain(`node_modules/${pkg}/exports/json/people.json`);
    // Alone, the files know nothing of the package's records.
    writeFileSync(join(folder, event.path), event.text);
    const alone = cli(["validate", "--no-package-records"]);
    expect(alone.out).toContain(`no programs record has the id "${program}"`);
    expect(alone.out).not.toContain("already used");
  });

  it("format points a $schema that leads nowhere at the package's", () => {
    const source = files.find((file) => file.path.startsWith("data/sources/"))!;
    writeFileSync(join(folder, source.path), source.text.replace(/"\$schema": "[^"]*"/, '"$schema": "../../schemas/source.schema.json"'));
    expect(cli(["format", "--write"]).code).toBe(0);
    expect(readFileSync(join(folder, source.path), "utf8")).toBe(source.text);
  });
});

/** A TypeScript language service over a project, as an editor runs one. */
function languageService(folder: string, file: string): ts.LanguageService {
  const config = ts.parseJsonConfigFileContent(JSON.parse(readFileSync(join(folder, "tsconfig.json"), "utf8")), ts.sys, folder);
  return ts.createLanguageService({
    getCompilationSettings: () => config.options,
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => (existsSync(name) ? ts.ScriptSnapshot.fromString(readFileSync(name, "utf8")) : undefined),
    getCurrentDirectory: () => folder,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
}
