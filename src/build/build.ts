import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { canonicalRecord } from "../cli/canonical.js";
import { formatPretty } from "../cli/report.js";
import { validateFiles } from "../cli/validate-files.js";
import { collectionNames, collections, type Dataset } from "../lib/collections.js";
import { tableCsv } from "./csv.js";
import { dataPackage } from "./datapackage.js";
import { jsonSchemas, withAsciiPatterns } from "./json-schema.js";
import { collectionJson, collectionNdjson, datasetJson, tableJson } from "./json.js";
import { tableParquet } from "./parquet.js";
import { readmeSections, withSections } from "./readme.js";
import { seriesTable } from "./series.js";
import { Staging } from "./staging.js";
import { tablesOf } from "./tables.js";
import { idTypesModule, recordsIndexModule, recordsModule, recordTypesModule, rulesModule } from "./typed-modules.js";

// The rule modules of this package, listed into the rule registry.
const rulesFolder = join(dirname(fileURLToPath(import.meta.url)), "..", "lib", "rules");

/** The folders the build owns: it writes them whole, and nothing else writes them. */
export const generatedFolders = ["schemas", "exports", "src/lib/generated"] as const;

/** A generated file's content: whole, or in pieces of text to be written as they come. */
export type Content = string | Uint8Array | Iterable<string>;

/**
 * Every generated file, by its path relative to the package root, from the validated dataset:
 * data/ → { typed modules, JSON Schemas, exports, README tables }, each derived thing computed once.
 * Each file goes to `write` as soon as it is made, so that the files need not fit in memory together
 * (at 100,000 records they come to gigabytes); returns README's generated sections.
 */
export function writeArtifacts(dataset: Dataset, version: string, write: (path: string, content: Content) => void): Record<string, string> {
  const schemas = jsonSchemas();
  for (const name of collectionNames) {
    write(`schemas/${collections[name].schemaFile}`, withAsciiPatterns(`${JSON.stringify(schemas[name], null, 2)}\n`));
    write(`exports/json/${name}.json`, collectionJson(dataset[name]));
    write(`exports/ndjson/${name}.ndjson`, collectionNdjson(dataset[name]));
    write(`src/lib/generated/records/${name}.ts`, recordsModule(name, dataset));
  }
  write("src/lib/generated/records/index.ts", recordsIndexModule());
  write("src/lib/generated/ids.ts", idTypesModule(dataset));
  write("src/lib/generated/types.ts", recordTypesModule());
  write("src/lib/generated/rules.ts", rulesModule(rulesFolder));
  write("exports/json/dataset.json", datasetJson(dataset, version));
  const records = tablesOf(dataset);
  const series = seriesTable(records);
  const tables = [...records, series];
  write("exports/json/series.json", tableJson(series));
  for (const table of tables) {
    write(`exports/csv/${table.name}.csv`, tableCsv(table));
    write(`exports/parquet/${table.name}.parquet`, tableParquet(table));
  }
  write("exports/datapackage.json", dataPackage(tables, dataset, version));
  return readmeSections(tables, dataset);
}

/** Every generated file in memory at once, by path, and README's generated sections (for tests). */
export function artifacts(dataset: Dataset, version: string): { files: Map<string, string | Uint8Array>; readme: Record<string, string> } {
  const files = new Map<string, string | Uint8Array>();
  const whole = (content: Content) => (typeof content === "string" || content instanceof Uint8Array ? content : [...content].join(""));
  const readme = writeArtifacts(dataset, version, (path, content) => files.set(path, whole(content)));
  return { files, readme };
}

/**
 * Reads and validates data/, and returns the dataset (each collection sorted by id, each record's
 * keys in schema order whatever the file's order) or the problems. The same code path as
 * `china-sti-cooperation validate`.
 */
export function loadDataset(dataDir: string, archive?: string) {
  const report = validateFiles([dataDir], archive === undefined ? {} : { archive });
  if (report.problems.length > 0) return { problems: report.problems, fileCount: report.fileCount };
  const dataset = Object.fromEntries(
    collectionNames.map((name) => [
      name,
      report.files[name].map((file) => canonicalRecord(name, file.record)).sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)),
    ]),
  ) as unknown as Dataset;
  return { dataset, problems: [] as const, fileCount: report.fileCount };
}

/**
 * The outputs the build replaces together (see Staging): the generated folders, and README with its
 * generated sections where there is one.
 */
export function buildStaging(root: string): Staging {
  return new Staging(root, "build", [...generatedFolders, ...(existsSync(join(root, "README.md")) ? ["README.md"] : [])]);
}

/**
 * Writes pieces of text to a file as they come, gathered into writes of about 32,000 characters: small
 * enough to be collected young (V8 keeps a string over 128 KiB, two bytes a character at most, in the
 * old generation), large enough that the system calls do not add up.
 */
function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, "w");
  try {
    let batch: string[] = [];
    let length = 0;
    const flush = () => {
      const bytes = Buffer.from(batch.join(""), "utf8");
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
      batch = [];
      length = 0;
    };
    for (const piece of pieces) {
      batch.push(piece);
      length += piece.length;
      if (length >= 32_000) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
}

/** `npm run build` (before the bundle): validate data/, then regenerate everything derived from it. */
export function build(root: string, archive = join(root, "..", "shared", "seeds")): number {
  // A build that was killed part-way is completed (or undone) first, whatever this one finds.
  const staging = buildStaging(root);
  staging.recover();
  const loaded = loadDataset(join(root, "data"), archive);
  if (!loaded.dataset) {
    process.stderr.write(formatPretty(loaded.problems, loaded.fileCount, Boolean(process.stderr.isTTY) && !process.env.NO_COLOR));
    process.stderr.write("build stopped: nothing was written; the generated files are as they were\n");
    return 1;
  }
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  // Every file goes into the staging folder as it is made; nothing replaces the outputs before all are.
  const folder = staging.begin();
  let count = 0;
  const write = (path: string, content: Content) => {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    if (typeof content === "string" || content instanceof Uint8Array) writeFileSync(join(folder, path), content);
    else writePieces(join(folder, path), content);
    count += 1;
  };
  const readme = writeArtifacts(loaded.dataset, version, write);
  const made = `built ${count} files into ${generatedFolders.join("/, ")}/ from ${relative(process.cwd(), join(root, "data")) || "data"}/\n`;
  const readmePath = join(root, "README.md");
  if (existsSync(readmePath)) write("README.md", withSections(readFileSync(readmePath, "utf8"), readme));
  staging.commit();
  process.stdout.write(made);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = build(join(dirname(fileURLToPath(import.meta.url)), "..", ".."));
  } catch (error) {
    // A system error (a full disk, say), in one line: the next build completes or clears what was staged.
    process.stderr.write(`build stopped: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
