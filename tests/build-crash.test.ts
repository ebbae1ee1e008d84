import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, buildStaging } from "../src/build/build.js";
import { bundleStaging } from "../src/build/bundle.js";
import { killAtVariable } from "../src/build/staging.js";
import { root } from "./helpers.js";

// The build killed (SIGKILL, as by a crash) at each step of replacing its outputs: every output is
// left whole, old or new; the next build completes or discards the interrupted replacement, so that
// the outputs are all old or all new, and then builds them exactly as a clean build does.
const scratch = mkdtempSync(join(tmpdir(), "sti-crash-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A digest of every file of one output (a folder or a file) and its path; undefined when the output is absent. */
function digest(folder: string, output: string): string | undefined {
  if (!existsSync(join(folder, output))) return undefined;
  const hash = createHash("sha256");
  const walk = (at: string) => {
    if (statSync(at).isDirectory()) for (const name of readdirSync(at).sort()) walk(join(at, name));
    else hash.update(`${relative(folder, at)}\0`).update(readFileSync(at)).update("\0");
  };
  walk(join(folder, output));
  return hash.digest("hex");
}

const digests = (folder: string, outputs: readonly string[]) => Object.fromEntries(outputs.map((output) => [output, digest(folder, output)]));

/** Runs a script with tsx in a child process told to kill itself at a step; resolves to how it ended. */
function runKilledAt(step: string, cwd: string, args: string[]): Promise<NodeJS.Signals | number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd, env: { ...process.env, [killAtVariable]: step }, stdio: "ignore" });
    child.on("exit", (code, signal) => resolve(signal ?? code));
  });
}

// An added person: the exports, the typed modules and README's counts change with it.
const addPerson = (folder: string) =>
  writeFileSync(
    join(folder, "data", "people", "crash-test-person.json"),
    `${JSON.stringify({ $schema: "../../schemas/person.schema.json", id: "crash-test-person", name: "Crash Test", citations: [{ source: "most-zhang-guangjun-meets-spanish-ambassador", paragraph: 7 }] }, null, 2)}\n`,
  );

/** The build's inputs (data/, package.json, README.md) in a folder of their own. */
function inputs(name: string): string {
  const folder = join(scratch, name);
  cpSync(join(root, "data"), join(folder, "data"), { recursive: true });
  for (const file of ["package.json", "README.md"]) cpSync(join(root, file), join(folder, file));
  return folder;
}

const buildScript = `import(${JSON.stringify(join(root, "src", "build", "build.ts"))}).then((m) => { process.exitCode = m.build(process.argv[1]); })`;

describe("the build killed at each step of swapping its outputs in", () => {
  // The outputs and steps of a build where there is a README.
  mkdirSync(join(scratch, "steps"));
  writeFileSync(join(scratch, "steps", "README.md"), "");
  const { outputs, steps } = buildStaging(join(scratch, "steps"));
  let before: ReturnType<typeof digests>;
  let after: ReturnType<typeof digests>;
  const killed = new Map<string, { folder: string; ended: NodeJS.Signals | number | null; left: ReturnType<typeof digests> }>();

  beforeAll(async () => {
    // The outputs before (built from data/) and after (data/ with one more person), each from a clean build.
    const old = inputs("old");
    expect(build(old)).toBe(0);
    before = digests(old, outputs);
    const fresh = inputs("new");
    addPerson(fresh);
    expect(build(fresh)).toBe(0);
    after = digests(fresh, outputs);
    // A copy of the old state for each step, the person added, and a build killed at that step; the
    // builds run side by side.
    const folders = steps.map((step) => {
      const folder = join(scratch, `killed-${step.replaceAll(/[:/]/g, "-")}`);
      cpSync(old, folder, { recursive: true });
      addPerson(folder);
      return folder;
    });
    const ended = await Promise.all(steps.map((step, i) => runKilledAt(step, root, ["-e", buildScript, folders[i]!])));
    steps.forEach((step, i) => killed.set(step, { folder: folders[i]!, ended: ended[i]!, left: digests(folders[i]!, outputs) }));
  });

  it("has the steps of every output", () => {
    expect(steps).toEqual([
      "build:staged", "build:ready",
      "build:schemas:out", "build:schemas:in", "build:exports:out", "build:exports:in",
      "build:src/lib/generated:out", "build:src/lib/generated:in", "build:README.md:out", "build:README.md:in",
      "build:swapped", "build:done",
    ]);
    // README and the exports differ before and after, so that the checks below can tell them apart.
    expect(after.exports).not.toEqual(before.exports);
    expect(after["README.md"]).not.toEqual(before["README.md"]);
  });

  it.each(steps)("%s: each output whole; the next build completes or discards the swap, then builds as a clean build", (step) => {
    const { folder, ended, left } = killed.get(step)!;
    expect(ended).toBe("SIGKILL");
    for (const output of outputs) {
      // Whole: the old or the new output, or, for a folder between its two renames, absent.
      if (left[output] === undefined) expect([step, output]).toEqual([`build:${output}:out`, expect.not.stringMatching(/README/)]);
      else expect([before[output], after[output]]).toContainEqual(left[output]);
    }
    // What the next build does first: the set all old (killed before the staging was complete) or all new.
    buildStaging(folder).recover();
    const recovered = digests(folder, outputs);
    expect(recovered).toEqual(steps.indexOf(step) < steps.indexOf("build:ready") ? before : after);
    expect(existsSync(join(folder, ".build-staging"))).toBe(false);
    // Then it builds: everything equal to a clean build.
    expect(build(folder)).toBe(0);
    expect(digests(folder, outputs)).toEqual(after);
    expect(readdirSync(folder).sort()).toEqual(["README.md", "data", "exports", "package.json", "schemas", "src"]);
  });

  it("a build that stops at invalid data still completes the interrupted swap first", async () => {
    const folder = join(scratch, "killed-then-invalid");
    cpSync(join(scratch, "old"), folder, { recursive: true });
    addPerson(folder);
    expect(await runKilledAt("build:exports:out", root, ["-e", buildScript, folder])).toBe("SIGKILL");
    expect(existsSync(join(folder, "exports"))).toBe(false);
    writeFileSync(join(folder, "data", "people", "dai-gang.json"), '{ "id": "dai-gang", "name": 7 }\n');
    expect(build(folder)).toBe(1);
    expect(digests(folder, outputs)).toEqual(after);
  });
});

// tsup takes longest: its kill runs beside the build's, from the start.
const bundleFolder = join(scratch, "bundle");
let bundleKilled: Promise<NodeJS.Signals | number | null>;
beforeAll(() => {
  // A copy of what tsup reads, with the repository's dist/ as the old one, marked.
  mkdirSync(bundleFolder);
  for (const path of ["src", "tsconfig.json", "tsup.config.ts", "package.json", "dist"]) cpSync(join(root, path), join(bundleFolder, path), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(bundleFolder, "node_modules"));
  writeFileSync(join(bundleFolder, "dist", "OLD"), "the dist/ from before\n");
  bundleKilled = runKilledAt("bundle:dist:out", bundleFolder, ["src/build/bundle.ts"]);
});

describe("the bundle (dist/) killed between the two renames of its swap", () => {
  it("leaves no dist/ at all, and the next bundle first puts the whole new one in place", async () => {
    const staging = bundleStaging(bundleFolder);
    expect(staging.steps).toEqual(["bundle:staged", "bundle:ready", "bundle:dist:out", "bundle:dist:in", "bundle:swapped", "bundle:done"]);
    expect(await bundleKilled).toBe("SIGKILL");
    expect(existsSync(join(bundleFolder, "dist"))).toBe(false);
    // What tsup wrote, whole, in the staging folder (as many files as the repository's dist/, but for
    // the compile cache that runs of the command keep there: src/cli/launch.ts).
    const staged = join(bundleFolder, ".bundle-staging", "new");
    const bundleFiles = readdirSync(join(root, "dist")).filter((name) => !name.startsWith("cli-main.cjs.cache"));
    expect(readdirSync(join(staged, "dist")).length).toBe(bundleFiles.length);
    const bundled = digest(staged, "dist");
    staging.recover();
    expect(digest(bundleFolder, "dist")).toBe(bundled);
    expect(existsSync(join(bundleFolder, "dist", "OLD"))).toBe(false);
    expect(existsSync(join(bundleFolder, ".bundle-staging"))).toBe(false);
  });
});
