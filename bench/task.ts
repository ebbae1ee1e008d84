// One benchmark task in a process of its own, so that its peak resident set can be read:
// `tsx bench/task.ts <validate|cli|build> <folder>` prints the peak RSS in bytes on stderr.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "../src/build/build.js";
import { validateFiles } from "../src/cli/validate-files.js";

const [task, folder] = process.argv.slice(2) as [string, string];
process.on("exit", () => process.stderr.write(`maxrss ${process.resourceUsage().maxRSS * 1024}\n`));

if (task === "validate") {
  if (validateFiles([join(folder, "data")]).problems.length > 0) process.exitCode = 1;
} else if (task === "build") {
  process.exitCode = build(folder);
} else if (task === "cli") {
  // The CLI runs on import, reading process.argv like the installed command does.
  process.argv = [process.argv[0]!, "china-sti-cooperation", "validate", join(folder, "data")];
  await import(pathToFileURL(join(import.meta.dirname, "..", "dist", "cli.js")).href);
}
