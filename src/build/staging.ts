import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "../cli/atomic-write.js";

/**
 * For the crash tests: the step (see `Staging.steps`) at which the build kills itself, as a crash or
 * a `kill -9` would.
 */
export const killAtVariable = "STI_BUILD_KILL_AT";

function step(name: string): void {
  if (process.env[killAtVariable] === name) process.kill(process.pid, "SIGKILL");
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes a file and flushes it to disk (the staging marker is written only after every file is). */
export function writeFlushed(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, "w");
  try {
    const bytes = Buffer.from(text, "utf8");
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function flushTree(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) flushTree(path);
    else {
      const fd = openSync(path, "r");
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  }
}

/**
 * Replaces a set of generated outputs (folders under a root) so that a crash at any moment leaves
 * each of them whole, and the next run completes the replacement or discards it:
 *
 * 1. the new outputs are written under `<staging>/new/`, and every file is flushed;
 * 2. the marker `<staging>/ready` (the list of outputs) is written: the staging is complete;
 * 3. each output in turn is swapped: the old folder renamed to `<staging>/old/`, the new one renamed
 *    into its place (a file output is renamed over the old file);
 * 4. the staging folder is removed.
 *
 * Every run first looks for a staging folder left by an interrupted one: marked ready, it completes
 * step 3 (skipping outputs already swapped) and 4; not marked, it deletes it, and the outputs are
 * the old ones. Each rename is atomic, so an output is always the old one or the new one, whole; only
 * between the two renames of a folder's swap is it absent, until the next run puts the new one in.
 */
export class Staging {
  private readonly folder: string;

  /** `name` names the staging folder (`.<name>-staging`) and the steps; `outputs` are relative to `root`. */
  constructor(
    private readonly root: string,
    private readonly name: string,
    readonly outputs: readonly string[],
  ) {
    this.folder = join(root, `.${name}-staging`);
  }

  /** Every step at which a kill leaves a different state, in order, by the names `STI_BUILD_KILL_AT` takes. */
  get steps(): string[] {
    return [
      `${this.name}:staged`,
      `${this.name}:ready`,
      ...this.outputs.flatMap((output) => [`${this.name}:${output}:out`, `${this.name}:${output}:in`]),
      `${this.name}:swapped`,
      `${this.name}:done`,
    ];
  }

  /** Completes or discards what an interrupted run left; returns an empty folder to write the new outputs in. */
  begin(): string {
    this.recover();
    mkdirSync(join(this.folder, "new"), { recursive: true });
    return join(this.folder, "new");
  }

  /** Completes or discards an interrupted run's staging, if there is one. */
  recover(): void {
    if (!exists(this.folder)) return;
    const marker = join(this.folder, "ready");
    if (exists(marker)) this.swap(JSON.parse(readFileSync(marker, "utf8")) as string[]);
    rmSync(this.folder, { recursive: true, force: true });
  }

  /** Swaps the staged outputs in (every one of them must have been written). */
  commit(): void {
    const staged = join(this.folder, "new");
    for (const output of this.outputs) if (!exists(join(staged, output))) throw new Error(`nothing staged for ${output}/`);
    flushTree(staged);
    step(`${this.name}:staged`);
    writeFileAtomic(join(this.folder, "ready"), JSON.stringify(this.outputs));
    step(`${this.name}:ready`);
    this.swap(this.outputs);
    step(`${this.name}:swapped`);
    rmSync(this.folder, { recursive: true, force: true });
    step(`${this.name}:done`);
  }

  private swap(outputs: readonly string[]): void {
    for (const output of outputs) {
      const fresh = join(this.folder, "new", output);
      if (!exists(fresh)) continue; // swapped in already
      const target = join(this.root, output);
      // A folder cannot be renamed over another: the old one moves out first. A file is replaced at once.
      if (isFolder(target)) {
        const old = join(this.folder, "old", output);
        rmSync(old, { recursive: true, force: true });
        mkdirSync(dirname(old), { recursive: true });
        renameSync(target, old);
      }
      step(`${this.name}:${output}:out`);
      mkdirSync(dirname(target), { recursive: true });
      renameSync(fresh, target);
      step(`${this.name}:${output}:in`);
    }
  }
}
