// The command's launcher (src/cli/launch.ts, dist/cli.cjs) keeps V8's compiled code beside the
// bundle: whatever the cache holds, the command does and says the same.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "./helpers.js";

// A copy of the built command, so that its cache is this test's alone.
const scratch = mkdtempSync(join(tmpdir(), "sti-launch-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const dist = join(scratch, "package", "dist");
mkdirSync(dist, { recursive: true });
for (const file of ["cli.cjs", "cli-main.cjs"]) copyFileSync(join(root, "dist", file), join(dist, file));
copyFileSync(join(root, "package.json"), join(scratch, "package", "package.json"));
cpSync(join(root, "schemas"), join(scratch, "package", "schemas"), { recursive: true });
const cache = join(dist, "cli-main.cjs.cache");

// A folder with one valid record and one with a problem: the output names both.
const data = join(scratch, "data");
cpSync(join(root, "data", "sources"), join(data, "sources"), { recursive: true });
writeFileSync(join(data, "sources", "broken.json"), "{\n");

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [join(dist, "cli.cjs"), ...args], { cwd: scratch, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", GITHUB_STEP_SUMMARY: "" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the command's compile cache", () => {
  const expected = run("validate", "data");

  it("is written by the first run, and the command's output is the bundle's own", () => {
    expect(existsSync(cache)).toBe(true);
    expect(expected.code).toBe(1);
    expect(expected.stdout).toMatch(/^data\/sources\/broken\.json:/m);
    const direct = spawnSync(process.execPath, [join(dist, "cli-main.cjs"), "validate", "data"], { cwd: scratch, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", GITHUB_STEP_SUMMARY: "" } });
    expect({ code: direct.status, stdout: direct.stdout, stderr: direct.stderr }).toEqual(expected);
  });

  it("is used as it is by the next run, which says the same", () => {
    const written = statSync(cache).mtimeMs;
    expect(run("validate", "data")).toEqual(expected);
    expect(statSync(cache).mtimeMs).toBe(written);
  });

  it("is replaced when it is damaged, or made for another build of the bundle", () => {
    const good = readFileSync(cache);
    writeFileSync(cache, Buffer.concat([good.subarray(0, good.indexOf("\n") + 1), Buffer.alloc(good.length, 7)]));
    expect(run("validate", "data")).toEqual(expected);
    // Written anew, and taken as it is by the run after.
    const rewritten = statSync(cache).mtimeMs;
    expect(readFileSync(cache).equals(good)).toBe(false);
    expect(run("validate", "data")).toEqual(expected);
    expect(statSync(cache).mtimeMs).toBe(rewritten);
    // The bundle rebuilt (a new modification time): its cache no longer matches.
    const later = new Date(statSync(join(dist, "cli-main.cjs")).mtimeMs + 60_000);
    utimesSync(join(dist, "cli-main.cjs"), later, later);
    expect(run("validate", "data")).toEqual(expected);
    const { size, mtimeMs } = statSync(join(dist, "cli-main.cjs"));
    expect(readFileSync(cache, "latin1").split("\n")[0]).toBe(`${process.version} ${process.arch} ${size} ${mtimeMs}`);
  });

  it("is not needed: without one and a folder it may not write, the command runs as ever", () => {
    rmSync(cache);
    chmodSync(dist, 0o555);
    try {
      // root may write anyway; what matters is the output.
      expect(run("validate", "data")).toEqual(expected);
      expect(run("--version").stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
    } finally {
      chmodSync(dist, 0o755);
    }
  });
});
