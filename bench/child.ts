// Timing a Node.js child process, and reading its peak resident set.
import { spawnSync } from "node:child_process";

// Loaded before the child's own code (a few lines, no file): prints the peak resident set on exit.
const reportPeakRss = `data:text/javascript,process.on("exit", () => process.stderr.write("\\nmaxrss " + process.resourceUsage().maxRSS * 1024 + "\\n"))`;

export interface ChildRun {
  ms: number;
  status: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set in bytes, when asked for. */
  rss?: number;
}

/** Runs `node <args>` and times it from spawn to exit; `rss` adds the peak-RSS report (a data: import, about a millisecond). */
export function runNode(args: readonly string[], options: { cwd?: string; rss?: boolean } = {}): ChildRun {
  const nodeArgs = options.rss ? ["--import", reportPeakRss, ...args] : [...args];
  const start = performance.now();
  const result = spawnSync(process.execPath, nodeArgs, { cwd: options.cwd, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  const ms = performance.now() - start;
  const rss = /\nmaxrss (\d+)\n/.exec(result.stderr)?.[1];
  return { ms, status: result.status, stdout: result.stdout, stderr: result.stderr, ...(rss ? { rss: Number(rss) } : {}) };
}

/** Like runNode, but a child that does not exit 0 is an error of the bench. */
export function runNodeOk(args: readonly string[], options: { cwd?: string; rss?: boolean } = {}): ChildRun {
  const run = runNode(args, options);
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited ${run.status}: ${run.stdout}${run.stderr}`);
  return run;
}
