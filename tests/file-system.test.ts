import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { build } from "../src/build/build.js";
import { cliPath, root, runCli } from "./helpers.js";

// The loader under hostile file systems: special files, huge and sparse files, broken links,
// unreadable entries and names it would otherwise pass over. Each is one problem on its own line,
// the other files are still checked, and nothing hangs, fills memory or prints a stack trace.
const scratch = mkdtempSync(join(tmpdir(), "sti-fs-"));
// Readable by the unprivileged user some cases run as (mkdtemp makes it private).
chmodSync(scratch, 0o755);
afterAll(() => {
  spawnSync("chmod", ["-R", "u+rwx", scratch]);
  rmSync(scratch, { recursive: true, force: true });
});

const person = (id: string) => `${JSON.stringify({ $schema: "../../schemas/person.schema.json", id, name: "Test Person", citations: [{ source: "s", paragraph: 1 }] }, null, 2)}\n`;
const source = `${JSON.stringify({ id: "s", title: "A document", kind: "news-report", url: "https://example.org/s", language: "en" }, null, 2)}\n`;

/** A data folder with one source and one person, both valid; returns its path. */
function dataFolder(name: string): string {
  const data = join(scratch, name, "data");
  mkdirSync(join(data, "sources"), { recursive: true });
  mkdirSync(join(data, "people"), { recursive: true });
  writeFileSync(join(data, "sources", "s.json"), source);
  writeFileSync(join(data, "people", "good.json"), person("good"));
  return data;
}

/** The report lines about one file (pretty output starts each with the file's path). */
const linesFor = (stdout: string, file: string) => stdout.split("\n").filter((line) => line.startsWith(`${file}:`) || line.startsWith(`${file}  `));

beforeAll(() => {
  expect(existsSync(cliPath), "run `npm test` (it builds dist/ first)").toBe(true);
});

describe("special files: one problem each, no hang, no memory blow-up", () => {
  let result: ReturnType<typeof runCli>;
  let device = false;
  beforeAll(() => {
    const people = join(dataFolder("special"), "people");
    expect(spawnSync("mkfifo", [join(people, "fifo.json")]).status).toBe(0);
    // A character device like /dev/zero: endless bytes. Needs root (CI runs as root).
    device = spawnSync("mknod", [join(people, "zero.json"), "c", "1", "5"]).status === 0;
    // Sparse files: no disk blocks, but 1.9 GB and 3 GB long.
    writeFileSync(join(people, "sparse.json"), "");
    truncateSync(join(people, "sparse.json"), 1_900_000_000);
    writeFileSync(join(people, "huge.json"), "");
    truncateSync(join(people, "huge.json"), 3_000_000_000);
    // Under a 1.5 GB address-space limit, reading either sparse file whole cannot succeed.
    result = runCli(["validate", "special/data"], { cwd: scratch, shell: "ulimit -v 1500000", timeout: 30_000 });
  });

  it("finishes (a FIFO does not block, a device is not read) with exit 1 and no stack trace", () => {
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ["fifo.json", /error  not a regular file but a named pipe \(FIFO\)  file\/not-regular/],
    ["sparse.json", /error  file is 1900000000 bytes, over the 262144-byte limit for one record  file\/too-large/],
    ["huge.json", /error  file is 3000000000 bytes, over the 262144-byte limit for one record  file\/too-large/],
  ])("people/%s", (file, pattern) => {
    const lines = linesFor(result.stdout, `special/data/people/${file}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
  });

  it("people/zero.json, a character device", (context) => {
    if (!device) context.skip("mknod needs root: the device case is checked only where it can be made");
    const lines = linesFor(result.stdout, "special/data/people/zero.json");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/error  not a regular file but a character device  file\/not-regular/);
  });

  it("still checks the other files", () => {
    expect(result.stdout).toMatch(new RegExp(`✗ ${device ? 4 : 3} problems in 2 record files`));
  });

  it("a device given by path is refused, not read (exit 2: nothing could be read)", () => {
    const zero = runCli(["validate", "/dev/zero", "--collection", "people"], { cwd: scratch, timeout: 30_000 });
    expect(zero.signal).toBeNull();
    expect(zero.stdout).toMatch(/dev\/zero  error  not a regular file but a character device  file\/not-regular$/m);
    expect(zero.code).toBe(2);
  });
});

// Root reads anything whatever its mode, so as root the unreadable cases run as the user nobody.
const nobody = 65534;
const asUser = process.getuid?.() === 0 ? nobody : undefined;
const canDropPrivileges = asUser === undefined || runCli(["--version"], { cwd: scratch, uid: asUser }).code === 0;
const cannotDrop = "running as root, and the user nobody cannot run the CLI from this checkout: unreadable files cannot be made, so these cases are not checked";

describe("bad directory entries: one problem each, and the run goes on", () => {
  let result: ReturnType<typeof runCli>;
  beforeAll(() => {
    const data = dataFolder("entries");
    const people = join(data, "people");
    symlinkSync("no-such-target.json", join(people, "broken.json"));
    symlinkSync("loop.json", join(people, "loop.json"));
    writeFileSync(join(people, "locked.json"), person("locked"));
    mkdirSync(join(data, "events"));
    writeFileSync(join(data, "events", "hidden-away.json"), "{}");
    // Readable by the user the run is made as, whatever the umask, but for the two locked entries.
    spawnSync("chmod", ["-R", "a+rX", data]);
    chmodSync(join(people, "locked.json"), 0o000);
    chmodSync(join(data, "events"), 0o000);
    result = runCli(["validate", "entries/data"], { cwd: scratch, ...(canDropPrivileges ? { uid: asUser } : {}), timeout: 30_000 });
  });

  it("exits 1 (some files were read) without a stack trace", () => {
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
  });

  it.each([
    ["people/broken.json", /error  symbolic link leads to nothing \(its target no-such-target\.json does not exist\)  file\/broken-link/],
    ["people/loop.json", /error  symbolic link loop  file\/broken-link/],
  ])("%s", (file, pattern) => {
    const lines = linesFor(result.stdout, `entries/data/${file}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
  });

  it.for([
    ["people/locked.json", /error  cannot read file: permission denied  io\/unreadable/],
    ["events", /error  cannot read folder: permission denied  io\/unreadable/],
  ] as const)("%s (unreadable)", ([file, pattern], context) => {
    if (!canDropPrivileges) context.skip(cannotDrop);
    const lines = linesFor(result.stdout, `entries/data/${file}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
  });

  it("still checks the other files", () => {
    expect(linesFor(result.stdout, "entries/data/people/good.json")).toEqual([]);
    // As root with nobody unable to run the CLI, the locked entries are read like the others.
    expect(result.stdout).toMatch(canDropPrivileges ? /✗ 4 problems in 2 record files/ : /✗ \d+ problems in \d+ record files/);
  });

  it("the build reports a broken link as a problem, with no stack trace, and writes nothing", () => {
    const folder = join(scratch, "build-broken-link");
    cpSync(join(root, "data"), join(folder, "data"), { recursive: true });
    cpSync(join(root, "package.json"), join(folder, "package.json"));
    symlinkSync("no-such-target.json", join(folder, "data", "people", "broken.json"));
    const errors: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((text) => errors.push(String(text)) > 0);
    try {
      expect(build(folder)).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(errors.join("")).toMatch(/people\/broken\.json  error  symbolic link leads to nothing .* file\/broken-link/);
    expect(existsSync(join(folder, "schemas"))).toBe(false);
  });
});

describe("nothing under a collection folder is skipped without a word", () => {
  let result: ReturnType<typeof runCli>;
  beforeAll(() => {
    const data = dataFolder("names");
    writeFileSync(join(data, "people", "upper.JSON"), person("upper"));
    writeFileSync(join(data, "people", "space.json "), person("space"));
    writeFileSync(join(data, "people", ".hidden.json"), person("hidden"));
    writeFileSync(join(data, "people", "notes.txt"), "notes\n");
    writeFileSync(join(data, "people", ".gitkeep"), "");
    writeFileSync(join(data, "events"), "a collection path that is a file\n");
    result = runCli(["validate", "names/data"], { cwd: scratch });
  });

  it.each([
    ["people/upper.JSON", /error  not a record file: a record file is named <id>\.json  file\/stray/],
    ["people/space.json ", /error  not a record file: a record file is named <id>\.json  file\/stray/],
    ["people/.hidden.json", /error  not a record file: hidden files do not belong in a collection folder  file\/stray/],
    ["people/notes.txt", /error  not a record file: a record file is named <id>\.json  file\/stray/],
    ["events", /error  "events" is a file, not the folder of the events collection  file\/not-folder/],
  ])("%s", (file, pattern) => {
    const lines = linesFor(result.stdout, `names/data/${file}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
  });

  it("exits 1, and still checks the record files", () => {
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✗ 5 problems in 2 record files/);
  });

  it.each([
    ["an empty folder", "empty", () => mkdirSync(join(scratch, "empty"))],
    ["a folder of empty collection folders", "hollow/data", () => mkdirSync(join(scratch, "hollow", "data", "people"), { recursive: true })],
    ["a folder of source code", join(root, "src", "lib", "rules"), () => undefined],
  ])("validate on %s says there is nothing to check and exits 2", (_, folder, make) => {
    make();
    const empty = runCli(["validate", folder], { cwd: scratch });
    expect(empty.stderr).toMatch(/no record files found in .+: a record file is <folder>\/<collection>\/<id>\.json/);
    expect(empty.code).toBe(2);
  });
});
