import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DuckDBConnection } from "@duckdb/node-api";
import { writeAnalystExports } from "./analyst-fixture.js";
import { readPackage } from "./csv-reader.js";
import { duckdb, literal } from "./duckdb.js";
import { root } from "./helpers.js";

// README's analyst recipes, run as written wherever the tool is here, over the real exports and over
// a made-up package with the country code NA, year-only dates and columns empty in every row. What
// each tool loaded is compared with the tables as the data package declares them.
const readme = readFileSync(join(root, "README.md"), "utf8");
const downloads = readme.slice(readme.indexOf("## Downloads"), readme.indexOf("## Columns"));
const recipe = (language: string) => {
  const found = [...downloads.matchAll(/```(\w+)\n([\s\S]*?)```/g)].filter((m) => m[1] === language);
  expect(found, `README's Downloads section has one ${language} recipe`).toHaveLength(1);
  return found[0]![2]!;
};

const scratch = mkdtempSync(join(tmpdir(), "sti-recipes-"));
const fixture = join(scratch, "fixture");
beforeAll(() => writeAnalystExports(fixture));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const folders = { "the exports": root, "a package with NA and empty columns": fixture };

const run = (command: string, args: string[], cwd = root) => spawnSync(command, args, { cwd, encoding: "utf8", timeout: 120_000 });

/** The first of the commands that runs the probe, or undefined (with a message saying what is skipped). */
function findTool(what: string, candidates: string[][]): string[] | undefined {
  const found = candidates.find(([command, ...args]) => run(command!, args).status === 0);
  if (!found) console.warn(`${what} is not installed here: its README recipe is not run`);
  return found && [found[0]!];
}

const python = findTool("python3 with pandas", [["python3", "-c", "import pandas"], ["/usr/bin/python3", "-c", "import pandas"]]);
const rscript = findTool("R with readr and jsonlite", [["Rscript", "-e", "library(readr); library(jsonlite)"]]);

/** Column name → [type the tool gave, cells it holds], for the tables the recipes load. */
type Loaded = Record<string, Record<string, [string, number]>>;

function expectedOf(folder: string, types: Record<string, string>): Loaded {
  const { descriptor, tables } = readPackage(join(folder, "exports"));
  return Object.fromEntries(
    ["events", "series"].map((name) => {
      const resource = descriptor.resources.find((r) => r.name === name)!;
      const rows = tables.get(name)!;
      return [name, Object.fromEntries(resource.schema.fields.map((f) => [f.name, [types[f.type]!, rows.filter((row) => row[f.name] !== undefined).length]]))];
    }),
  );
}

const loadedOf = (stdout: string): Loaded => JSON.parse(stdout.split("\n").find((line) => line.startsWith("@@"))!.slice(2));

describe.skipIf(!python)("README's pandas recipe", () => {
  const check = `\nimport json as _json\nprint("@@" + _json.dumps({n: {c: [str(t[c].dtype), int(t[c].notna().sum())] for c in t.columns} for n, t in {"events": events, "series": series}.items()}))\n`;
  it.each(Object.entries(folders))("loads %s with the declared types, NA kept", (_, folder) => {
    writeFileSync(join(scratch, "recipe.py"), `${recipe("python")}${check}`);
    const result = run(python![0]!, [join(scratch, "recipe.py")], folder);
    expect(result.status, result.stderr).toBe(0);
    const versions = run(python![0]!, ["-c", "import pandas, platform; print(pandas.__version__, platform.python_version())"]).stdout.trim();
    console.log(`pandas recipe ran with pandas ${versions}`);
    expect(loadedOf(result.stdout)).toEqual(expectedOf(folder, { string: "string", integer: "Int64", number: "float64", boolean: "boolean", date: "datetime64[ns]" }));
  });
});

describe.skipIf(!rscript)("README's R recipe", () => {
  const check = `\ncat("@@", toJSON(lapply(list(events = events, series = series), function(t) lapply(t, function(x) list(class(x)[1], sum(!is.na(x))))), auto_unbox = TRUE), "\\n", sep = "")\n`;
  it.each(Object.entries(folders))("loads %s with the declared types, NA kept", (_, folder) => {
    writeFileSync(join(scratch, "recipe.R"), `${recipe("r")}${check}`);
    const result = run(rscript![0]!, [join(scratch, "recipe.R")], folder);
    expect(result.status, result.stderr).toBe(0);
    console.log(`R recipe ran with ${run(rscript![0]!, ["-e", 'cat(R.version.string, "readr", format(packageVersion("readr")))']).stdout}`);
    expect(loadedOf(result.stdout)).toEqual(expectedOf(folder, { string: "character", integer: "integer", number: "numeric", boolean: "logical", date: "Date" }));
  });
});

describe("README's DuckDB recipe", () => {
  let db: DuckDBConnection | undefined;
  beforeAll(async () => {
    db = await duckdb();
  });

  it.each(Object.entries(folders))("runs over %s, the series in date order with DATE dates", async (_, folder) => {
    if (!db) return;
    // DuckDB reads paths from the working directory, the package root: the fixture's are prefixed.
    const sql = folder === root ? recipe("sql") : recipe("sql").replaceAll("'exports/", `${literal(folder).slice(0, -1)}/exports/`);
    const statements = sql.split(/;\s*\n/).map((s) => s.replaceAll(/^--.*$/gm, "").trim()).filter(Boolean);
    expect(statements.length).toBeGreaterThan(1);
    for (const statement of statements) await db.runAndReadAll(statement);
    const result = await db.runAndReadAll(statements[0]!);
    expect(result.columnNames()).toEqual(["refers_to_latest", "comparator", "value"]);
    expect(result.columnTypes().map(String)).toEqual(["DATE", "VARCHAR", "DOUBLE"]);
    const series = readPackage(join(folder, "exports")).tables.get("series")!;
    const expected = series
      .filter((r) => r.indicator_id === "intergovernmental-sti-agreements" && r.kind === "achieved" && r.scope === "all-partners")
      .map((r) => [r.refers_to_latest ?? null, r.comparator, r.value]);
    const rows = result.getRowObjectsJson().map((r) => [r.refers_to_latest, r.comparator, r.value]);
    const byKey = (list: unknown[][]) => list.map((r) => JSON.stringify(r)).sort();
    expect(byKey(rows)).toEqual(byKey(expected));
    expect(rows.map((r) => String(r[0]))).toEqual(rows.map((r) => String(r[0])).sort());
  });
});

describe("CSV dialect sniffers find the comma and the double quote", () => {
  const sniff = findTool("python3", [["python3", "-c", "import csv"]]);
  it.skipIf(!sniff).each(Object.entries(folders))("Python's csv.Sniffer (as csvkit calls it), on every CSV of %s", (_, folder) => {
    const script = [
      "import csv, glob, json, sys",
      "out = {}",
      "for f in sorted(glob.glob(sys.argv[1] + '/*.csv')):",
      "    d = csv.Sniffer().sniff(open(f, encoding='utf-8', newline='').read(1024), [',', '\\t', ';', ' ', ':', '|'])",
      "    out[f.split('/')[-1]] = d.delimiter + d.quotechar",
      "print(json.dumps(out))",
    ].join("\n");
    const result = run(sniff![0]!, ["-c", script, join(folder, "exports", "csv")]);
    expect(result.status, result.stderr).toBe(0);
    const found = JSON.parse(result.stdout) as Record<string, string>;
    expect(Object.keys(found).sort()).toEqual(readdirSync(join(folder, "exports", "csv")).sort());
    expect(Object.entries(found).filter(([, dialect]) => dialect !== ',"')).toEqual([]);
  });

  const csvcut = findTool("csvkit", [["csvcut", "--version"]]);
  it.skipIf(!csvcut)("csvkit reads every header of the exports as the data package names it", () => {
    const { descriptor } = readPackage(join(root, "exports"));
    for (const resource of descriptor.resources) {
      const result = run("csvcut", ["-n", join(root, "exports", resource.path)]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout.trim().split("\n").map((line) => line.replace(/^\s*\d+: /, "")), resource.name).toEqual(resource.schema.fields.map((f) => f.name));
    }
  });
});
