// `npm run bench` (or `npm run bench -- --quick`): validation and build against the parse floor.
// Prints one table; every ratio in it is measured in this one run.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { build } from "../src/build/build.js";
import { collectionNames, collections } from "../src/lib/collections.js";
import { jsonSchemas } from "../src/build/json-schema.js";
import { loadPaths } from "../src/cli/loader.js";
import { validateDataset } from "../src/lib/validate.js";
import { validateFiles } from "../src/cli/validate-files.js";
import { realDataset, syntheticDataset, writeDataset } from "./generate.js";

const quick = process.argv.includes("--quick");
const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const repetitions = quick ? 3 : 5;
const root = join(import.meta.dirname, "..");
const cli = join(root, "dist", "cli.js");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < repetitions; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The floor: list the files, read each, JSON.parse it; nothing else. */
function parseFloor(dataDir: string): void {
  for (const collection of readdirSync(dataDir)) {
    for (const name of readdirSync(join(dataDir, collection))) JSON.parse(readFileSync(join(dataDir, collection, name), "utf8"));
  }
}

function peakRss(task: string, folder: string): number {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "task.ts"), task, folder], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${task} failed: ${result.stderr}`);
  return Number(/maxrss (\d+)/.exec(result.stderr)![1]);
}

function quiet<T>(run: () => T): T {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = () => true;
  try {
    return run();
  } finally {
    process.stdout.write = write;
  }
}

type Row = { size: number; task: string; ms: number; floor: number; rss?: number };
const rows: Row[] = [];

// Which validator runs on the hot path is decided here: zod, or ajv compiled from the generated schemas.
const ajv = new Ajv2020({ strict: true });
const schemas = jsonSchemas();
const ajvValidators = Object.fromEntries(collectionNames.map((name) => [name, ajv.compile(schemas[name])]));
const real = realDataset(join(root, "data"));

for (const size of sizes) {
  const folder = mkdtempSync(join(tmpdir(), `sti-bench-${size}-`));
  try {
    const records = writeDataset(syntheticDataset(real, size), join(folder, "data"), join(folder, "records.ndjson"));
    copyFileSync(join(root, "package.json"), join(folder, "package.json"));
    const check = validateFiles([join(folder, "data")]);
    if (check.problems.length > 0) throw new Error(`synthetic data invalid: ${check.problems[0]!.message}`);

    const floor = time(() => parseFloor(join(folder, "data")));
    const ndjson = time(() => readFileSync(join(folder, "records.ndjson"), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line)));
    const validate = time(() => validateFiles([join(folder, "data")]));
    const loaded = loadPaths([join(folder, "data")]).files;
    const load = time(() => loadPaths([join(folder, "data")]));
    const zod = time(() => loaded.forEach((file) => collections[file.collection].schema.safeParse(file.record)));
    const ajvTime = time(() => loaded.forEach((file) => ajvValidators[file.collection]!(file.record)));
    const dataset = Object.fromEntries(collectionNames.map((name) => [name, loaded.filter((f) => f.collection === name).map((f) => f.record)]));
    const rules = time(() => validateDataset(dataset));
    const viaCli = time(() => {
      const result = spawnSync(process.execPath, [cli, "validate", join(folder, "data")], { encoding: "utf8" });
      if (result.status !== 0) throw new Error(result.stdout);
    });
    const built = time(() => quiet(() => build(folder)));
    rows.push(
      { size: records, task: "floor: read + JSON.parse", ms: floor, floor },
      { size: records, task: "floor: one NDJSON file", ms: ndjson, floor },
      { size: records, task: "validateDataset (as the CLI)", ms: validate, floor, rss: peakRss("validate", folder) },
      { size: records, task: "  of which: loader (read+checks)", ms: load, floor },
      { size: records, task: "  of which: zod schemas", ms: zod, floor },
      { size: records, task: "  of which: schemas + rules", ms: rules, floor },
      { size: records, task: "  instead of zod: ajv schemas", ms: ajvTime, floor },
      { size: records, task: "CLI validate (child process)", ms: viaCli, floor, rss: peakRss("cli", folder) },
      { size: records, task: "build (validate + every export)", ms: built, floor, rss: peakRss("build", folder) },
    );
    process.stderr.write(`measured ${records} records\n`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const pad = (text: string, width: number) => text.padEnd(width);
const lines = [
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; median of ${repetitions} runs`,
  "",
  `| ${pad("records", 7)} | ${pad("task", 33)} | median ms | records/s | × floor | peak RSS MiB |`,
  `| ${"-".repeat(7)} | ${"-".repeat(33)} | --------: | --------: | ------: | -----------: |`,
  ...rows.map((row) =>
    `| ${pad(String(row.size), 7)} | ${pad(row.task, 33)} | ${row.ms.toFixed(0).padStart(9)} | ${Math.round((row.size / row.ms) * 1000).toString().padStart(9)} | ${(row.ms / row.floor).toFixed(2).padStart(7)} | ${row.rss ? (row.rss / 2 ** 20).toFixed(0).padStart(12) : "".padStart(12)} |`,
  ),
];
const largest = sizes.at(-1)!;
const previous = sizes.at(-2)!;
const at = (size: number) => rows.filter((row) => Math.abs(row.size - size) / size < 0.05);
lines.push("", `Growth, ${largest.toLocaleString("en")} / ${previous.toLocaleString("en")} records (linear = ${largest / previous}):`);
for (const [big, small] of at(largest).map((row, i) => [row, at(previous)[i]!] as const)) {
  lines.push(`- ${big.task}: ${(big.ms / small.ms).toFixed(1)}`);
}
process.stdout.write(`${lines.join("\n")}\n`);
