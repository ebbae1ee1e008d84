// A pull request's worth of change for `validate --changed`: the synthetic folder committed to git,
// then a few records edited, validly, in the working tree.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// Adding 100,000 small files is slow in git's defaults: one loose object a file, and glibc's malloc
// handing memory back to the system after each (most of the time in brk). Every blob goes into one pack
// (bigFileThreshold: the bulk check-in), and malloc keeps what it freed: ten times faster.
const fastAdd = { args: ["-c", "core.bigFileThreshold=1"], env: { GLIBC_TUNABLES: "glibc.malloc.trim_threshold=268435456" } };

function git(folder: string, args: string[], fast = { args: [] as string[], env: {} }): void {
  const identity = ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid"];
  execFileSync("git", [...identity, ...fast.args, ...args], { cwd: folder, stdio: "ignore", env: { ...process.env, ...fast.env } });
}

/** Commits the folder's data/ (only it: the NDJSON file and the build's output stay out of git's way). */
export function commitData(folder: string): void {
  writeFileSync(join(folder, ".gitignore"), "/*\n!/data/\n");
  git(folder, ["init", "--quiet"]);
  git(folder, ["add", "-A"], fastAdd);
  git(folder, ["commit", "--quiet", "--no-verify", "-m", "synthetic data"]);
}

// Fields of our own words, which no rule compares with a source or another record: editing one keeps
// the record valid.
const freeText = [
  ["events", "summary"],
  ["programs", "description"],
  ["agreements", "subject"],
  ["indicators", "definition"],
  ["sources", "notes"],
  ["mechanisms", "description"],
] as const;

/** Edits a free-text field of `count` record files, taken in turn from the collections above; returns their paths. */
export function editRecords(dataDir: string, count: number): string[] {
  const queues = freeText.map(([collection, field]) => ({ field, files: readdirSync(join(dataDir, collection)).sort().map((name) => join(dataDir, collection, name)) }));
  const edited: string[] = [];
  for (let turn = 0; edited.length < count; turn += 1) {
    const { field, files } = queues[turn % queues.length]!;
    // The next file of this collection that has the field (an optional one may be missing).
    for (let file = files.shift(); file !== undefined; file = files.shift()) {
      const record = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      if (typeof record[field] !== "string") continue;
      record[field] = `${record[field]} (revised)`;
      writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
      edited.push(file);
      break;
    }
    if (turn > count * queues.length) throw new Error(`fewer than ${count} records have a free-text field to edit`);
  }
  return edited;
}
