// `npm run bench` (or `npm run bench -- --quick`): validation and build against the parse floor,
// judged against the targets in bench/targets.ts. Prints the tables; every ratio in them is measured
// in this one run. Exits 1 when a target is missed by more than the run's own noise.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { build, generatedFolders } from "../src/build/build.js";
import { collectionNames, collections } from "../src/lib/collections.js";
import { jsonSchemas } from "../src/build/json-schema.js";
import { loadPaths } from "../src/cli/loader.js";
import { validateDataset } from "../src/lib/validate.js";
import { validateFiles } from "../src/cli/validate-files.js";
import { commitData, editRecords } from "./changes.js";
import { runNode, runNodeOk } from "./child.js";
import { oneRecordDataset, realDataset, syntheticDataset, writeDataset } from "./generate.js";
import { printReport, type Row } from "./report.js";
import { fullSize } from "./targets.js";

const quick = process.argv.includes("--quick");
const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, fullSize];
const largestSize = sizes.at(-1)!;
// Repetitions: the floor and the judged rows get more, the informative and the slowest rows at least 3.
const repetitions = { judged: quick ? 3 : 5, few: 3, startUp: 11 };
const changedFiles = 10;
const root = join(import.meta.dirname, "..");
const cli = join(root, "dist", "cli.cjs");

/** What the rows of one dataset size run against. */
interface Context {
  folder: string;
  dataDir: string;
  ndjsonFile: string;
  loaded: ReturnType<typeof loadPaths>["files"];
  dataset: Parameters<typeof validateDataset>[0];
}

interface RowDefinition {
  key: string;
  label: string;
  repetitions: number;
  /** One repetition; returns the peak RSS in bytes where the repetition is a process whose peak is read. */
  run: (context: Context) => number | undefined | void;
  /** Its peak RSS from bench/task.ts, each repetition a process of its own. */
  rssTask?: "validate" | "build";
  largestOnly?: boolean;
  /** Runs on the dataset committed to git, with a few records edited since. */
  onChangedRepository?: boolean;
  /** Why it cannot run in this checkout, if it cannot. */
  unavailable?: string;
}

// Which validator runs on the hot path is decided here: zod, or ajv compiled from the generated schemas.
const ajv = new Ajv2020({ strict: true });
const schemas = jsonSchemas();
const ajvValidators = Object.fromEntries(collectionNames.map((name) => [name, ajv.compile(schemas[name])]));

/** The rows measured at each size, in order. The targets they are judged against are in bench/targets.ts. */
const rowDefinitions: RowDefinition[] = [
  { key: "floor", label: "floor: read + JSON.parse", repetitions: repetitions.judged, run: (c) => parseFloor(c.dataDir) },
  { key: "ndjson", label: "floor: one NDJSON file", repetitions: repetitions.few, run: (c) => void parseNdjson(c.ndjsonFile) },
  { key: "validate", label: "validateDataset (as the CLI)", repetitions: repetitions.judged, rssTask: "validate", run: (c) => void validateFiles([c.dataDir]) },
  { key: "loader", label: "  of which: loader (read+checks)", repetitions: repetitions.few, run: (c) => void loadPaths([c.dataDir]) },
  { key: "zod", label: "  of which: zod schemas", repetitions: repetitions.few, run: (c) => c.loaded.forEach((file) => collections[file.collection].schema.safeParse(file.record)) },
  { key: "rules", label: "  of which: schemas + rules", repetitions: repetitions.few, run: (c) => void validateDataset(c.dataset) },
  { key: "ajv", label: "  instead of zod: ajv schemas", repetitions: repetitions.few, run: (c) => c.loaded.forEach((file) => ajvValidators[file.collection]!(file.record)) },
  { key: "cli", label: "CLI validate (child process)", repetitions: repetitions.judged, run: (c) => runNodeOk([cli, "validate", c.dataDir], { rss: true }).rss },
  {
    key: "changed",
    label: `CLI validate --changed, ${changedFiles} files`,
    repetitions: repetitions.judged,
    largestOnly: true,
    onChangedRepository: true,
    unavailable: changedUnavailable(),
    run: (c) => void runNodeOk([cli, "validate", "--changed", "HEAD"], { cwd: c.folder }),
  },
  {
    key: "changed-git",
    label: "  of which at least: git's answer",
    repetitions: repetitions.judged,
    largestOnly: true,
    onChangedRepository: true,
    run: (c) => askGit(c.folder),
  },
  { key: "build", label: "build (validate + every export)", repetitions: repetitions.few, rssTask: "build", run: (c) => void quiet(() => build(c.folder)) },
  { key: "build-copy", label: "  of which at least: copying its files", repetitions: repetitions.few, run: (c) => copyBuildOutput(c.folder) },
];

/**
 * What --changed cannot do without: git's list of the files changed since HEAD and of those not
 * tracked (each reads every tracked file's metadata), the two side by side as --changed runs them.
 */
function askGit(folder: string): void {
  const both = "git diff --name-only -z HEAD -- data >/dev/null & git ls-files -z --others --exclude-standard -- data >/dev/null & wait";
  execFileSync("sh", ["-c", both], { cwd: folder, stdio: "ignore" });
}

/** What the build writes, copied once (as the build replaces them: the old copy removed first). */
function copyBuildOutput(folder: string): void {
  const copy = join(folder, "output-copy");
  rmSync(copy, { recursive: true, force: true });
  for (const output of generatedFolders) cpSync(join(folder, output), join(copy, output), { recursive: true });
}

/** The floor: list the files, read each, JSON.parse it; nothing else. */
function parseFloor(dataDir: string): void {
  for (const collection of readdirSync(dataDir)) {
    for (const name of readdirSync(join(dataDir, collection))) JSON.parse(readFileSync(join(dataDir, collection, name), "utf8"));
  }
}

function parseNdjson(file: string): unknown[] {
  return readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
}

/** The reason `validate --changed` cannot be measured: a CLI from before it rejects the option (exit 2). */
function changedUnavailable(): string | undefined {
  const probe = runNode([cli, "validate", "--changed", "HEAD", "--help"]);
  return probe.status === 2 && /unknown option '--changed'/i.test(probe.stderr) ? "not available: this CLI has no --changed" : undefined;
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

/** Runs `times` times: the wall time of each run, and the peak RSS of each that reports one. */
function repeat(times: number, run: () => number | undefined | void): { ms: number[]; rss: number[] } {
  const ms: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    const peak = run();
    ms.push(performance.now() - start);
    if (typeof peak === "number") rss.push(peak);
  }
  return { ms, rss };
}

function taskPeakRss(task: string, folder: string): number {
  return runNodeOk(["--import", "tsx", join(import.meta.dirname, "task.ts"), task, folder], { cwd: root, rss: true }).rss!;
}

/** Writes a dataset of about `size` records (and, where --changed is measured, commits it and edits a few). */
function prepare(size: number, folder: string, withChanges: boolean): { records: number; context: Context } {
  const dataDir = join(folder, "data");
  const ndjsonFile = join(folder, "records.ndjson");
  const records = writeDataset(syntheticDataset(real, size), dataDir, ndjsonFile);
  copyFileSync(join(root, "package.json"), join(folder, "package.json"));
  if (withChanges) {
    commitData(folder);
    editRecords(dataDir, changedFiles);
  }
  const check = validateFiles([dataDir]);
  if (check.problems.length > 0) throw new Error(`synthetic data invalid: ${check.problems[0]!.file}: ${check.problems[0]!.message}`);
  const loaded = loadPaths([dataDir]).files;
  const dataset = Object.fromEntries(collectionNames.map((name) => [name, loaded.filter((f) => f.collection === name).map((f) => f.record)]));
  return { records, context: { folder, dataDir, ndjsonFile, loaded, dataset } };
}

function measureSize(size: number): Row[] {
  const folder = mkdtempSync(join(tmpdir(), `sti-bench-${size}-`));
  try {
    const definitions = rowDefinitions.filter((row) => !row.largestOnly || size === largestSize);
    const withChanges = definitions.some((row) => row.onChangedRepository && !row.unavailable);
    const { records, context } = prepare(size, folder, withChanges);
    const rows = definitions.map((row): Row => {
      const base = { key: row.key, label: row.label, size, records };
      if (row.unavailable) return { ...base, ms: [], rss: [], unavailable: row.unavailable };
      const { ms, rss } = repeat(row.repetitions, () => row.run(context));
      return { ...base, ms, rss: row.rssTask ? repeat(repetitions.few, () => taskPeakRss(row.rssTask!, folder)).rss : rss };
    });
    process.stderr.write(`measured ${records} records\n`);
    return rows;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** `node -e 0` and the CLI on one record, alternating so that the machine's drift touches both alike. */
function measureStartUp(): Row[] {
  const folder = mkdtempSync(join(tmpdir(), "sti-bench-start-up-"));
  try {
    writeDataset(oneRecordDataset(real), join(folder, "data"), join(folder, "records.ndjson"));
    const commands = { node: ["-e", "0"], cli: [cli, "validate", join(folder, "data")] };
    // One unmeasured run of each first: the first run reads node and the bundle from disk.
    const msOf = (command: string[]) => runNodeOk(command).ms;
    msOf(commands.node);
    msOf(commands.cli);
    const node: number[] = [];
    const cliMs: number[] = [];
    for (let i = 0; i < repetitions.startUp; i += 1) {
      node.push(msOf(commands.node));
      cliMs.push(msOf(commands.cli));
    }
    return [
      { key: "node", label: "node -e 0", size: undefined, records: 0, ms: node, rss: [] },
      { key: "start-up", label: "CLI validate, one record", size: undefined, records: 1, ms: cliMs, rss: [] },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const real = realDataset(join(root, "data"));
const rows = [...measureStartUp(), ...sizes.flatMap(measureSize)];
const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
const fewer = repetitions.few < repetitions.judged ? `, ${repetitions.few} for the NDJSON floor, the parts, ajv, the build and peak RSS` : "";
const method = `median of ${repetitions.judged} repetitions (${repetitions.startUp} for start-up${fewer})`;
process.exitCode = printReport(rows, { largestSize, heading: `${machine}; ${method}` });
