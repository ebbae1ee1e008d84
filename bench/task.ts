// One benchmark task in a process of its own, so that its peak resident set is its own:
// `tsx bench/task.ts <validate|build> <folder>` (bench/child.ts reads the peak as the process exits).
import { join } from "node:path";
import { build } from "../src/build/build.js";
import { validateFiles } from "../src/cli/validate-files.js";

const [task, folder] = process.argv.slice(2) as [string, string];

if (task === "validate") {
  if (validateFiles([join(folder, "data")]).problems.length > 0) process.exitCode = 1;
} else if (task === "build") {
  process.exitCode = build(folder);
} else {
  throw new Error(`unknown task "${task}"`);
}
