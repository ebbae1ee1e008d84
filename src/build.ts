import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { canonicalRecord } from "./canonical.js";
import { collectionNames, type Dataset } from "./collections.js";
import { tableCsv } from "./export/csv.js";
import { dataPackage } from "./export/datapackage.js";
import { collectionJson, collectionNdjson, datasetJson } from "./export/json.js";
import { idTypesModule } from "./export/ids.js";
import { jsonSchemaOf, schemaFileName } from "./export/json-schema.js";
import { readmeSections, withSections } from "./export/readme.js";
import { tablesOf } from "./export/tables.js";
import { formatPretty } from "./report.js";
import { validateFiles } from "./validate-files.js";

/** The folders the build owns: it writes them whole, and nothing else writes them. */
export const generatedFolders = ["schemas", "exports", "src/generated"] as const;

/** Every generated file, by its path relative to the package root. */
export function artifacts(dataset: Dataset, version: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of collectionNames) {
    files.set(`schemas/${schemaFileName(name)}`, `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
    files.set(`exports/json/${name}.json`, collectionJson(dataset[name]));
    files.set(`exports/ndjson/${name}.ndjson`, collectionNdjson(dataset[name]));
  }
  files.set("exports/json/dataset.json", datasetJson(dataset, version));
  const tables = tablesOf(dataset);
  for (const table of tables) files.set(`exports/csv/${table.name}.csv`, tableCsv(table));
  files.set("exports/datapackage.json", dataPackage(tables, dataset, version));
  files.set("src/generated/ids.ts", idTypesModule(dataset));
  return files;
}

/** README.md with its generated sections (coverage, column dictionary) brought up to date. */
export function readmeFor(readme: string, dataset: Dataset): string {
  return withSections(readme, readmeSections(tablesOf(dataset), dataset));
}

/**
 * Reads and validates data/, and returns the dataset (each collection sorted by id, each record's
 * keys in schema order whatever the file's order) or the problems. The same code path as `china-sti-cooperation validate`.
 */
export function loadDataset(dataDir: string): { dataset: Dataset; problems: [] } | { dataset?: undefined; problems: ReturnType<typeof validateFiles>["problems"]; fileCount: number } {
  const report = validateFiles([dataDir]);
  if (report.problems.length > 0) return { problems: report.problems, fileCount: report.fileCount };
  const dataset = Object.fromEntries(
    collectionNames.map((name) => [
      name,
      report.files[name].map((file) => canonicalRecord(name, file.record)).sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)),
    ]),
  ) as unknown as Dataset;
  return { dataset, problems: [] };
}

/**
 * Writes the artifacts into a staging folder beside the outputs, then swaps each generated folder
 * in by rename, so that a failure part-way leaves the previous outputs as they were.
 */
export function writeArtifacts(root: string, files: Map<string, string>): void {
  const staging = join(root, ".build-staging");
  rmSync(staging, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(staging, path)), { recursive: true });
    writeFileSync(join(staging, path), text);
  }
  for (const folder of generatedFolders) {
    const target = join(root, folder);
    const previous = join(staging, `${folder.replaceAll("/", "-")}.previous`);
    if (existsSync(target)) renameSync(target, previous);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(staging, folder), target);
  }
  rmSync(staging, { recursive: true, force: true });
}

/** `npm run build` (before tsup): validate data/, then regenerate schemas/ and exports/. */
export function build(root: string): number {
  const loaded = loadDataset(join(root, "data"));
  if (!loaded.dataset) {
    process.stderr.write(formatPretty(loaded.problems, loaded.fileCount, Boolean(process.stderr.isTTY) && !process.env.NO_COLOR));
    process.stderr.write("build stopped: nothing was written; schemas/ and exports/ are as they were\n");
    return 1;
  }
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  const files = artifacts(loaded.dataset, version);
  const readmePath = join(root, "README.md");
  const readme = existsSync(readmePath) ? readmeFor(readFileSync(readmePath, "utf8"), loaded.dataset) : undefined;
  writeArtifacts(root, files);
  if (readme !== undefined) writeFileSync(readmePath, readme);
  process.stdout.write(`built ${files.size} files into ${generatedFolders.join("/ and ")}/ from ${relative(process.cwd(), join(root, "data")) || "data"}/\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = build(join(dirname(fileURLToPath(import.meta.url)), ".."));
}
