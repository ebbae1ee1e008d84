import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { redirectReasons } from "../src/lib/codes.js";
import { dateForOrdering, type KnownDate } from "../src/lib/dates.js";
import { validateDataset } from "../src/lib/validate.js";
import { cliPath, root, runCli } from "./helpers.js";

// Every read of a file by the loader, to show what --changed does not read.
const reads = vi.hoisted(() => [] as string[]);
vi.mock("../src/cli/read-file.js", async (original) => {
  const actual = await original<typeof import("../src/cli/read-file.js")>();
  return { ...actual, readRegularFile: (path: string, limit: number) => (reads.push(path), actual.readRegularFile(path, limit)) };
});
const { validateChanged } = await import("../src/cli/validate-changed.js");

// `validate --changed` against a full run, on a git repository holding a copy of data/ with
// mistakes that involve records that did not change, committed, staged, unstaged and untracked.
const scratch = mkdtempSync(join(tmpdir(), "sti-changed-"));
const repo = join(scratch, "repo");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
type Json = Record<string, unknown>;
const names = (collection: string) => readdirSync(join(repo, "data", collection)).filter((name) => name.endsWith(".json")).sort();
const readRecord = (file: string) => JSON.parse(readFileSync(join(repo, file), "utf8")) as Json;
const writeRecord = (file: string, record: Json) => {
  mkdirSync(join(repo, file, ".."), { recursive: true });
  writeFileSync(join(repo, file), `${JSON.stringify(record, null, 2)}\n`);
};
const records = (collection: string) => names(collection).map((name) => ({ file: `data/${collection}/${name}`, record: readRecord(`data/${collection}/${name}`) }));
const idOf = (file: string) => file.split("/").at(-1)!.slice(0, -".json".length);

/** Each JSON report row, and the report's text in each format, of one run in the repository. */
function validateIn(cwd: string, args: string[]) {
  const json = runCli(["validate", ...args, "--format", "json"], { cwd });
  const report = JSON.parse(json.stdout) as { problems: { file: string; rule: string; message: string; hint: string | null }[] };
  return {
    code: json.code,
    stderr: json.stderr,
    problems: report.problems,
    pretty: runCli(["validate", ...args], { cwd }).stdout,
    github: runCli(["validate", ...args, "--format", "github"], { cwd }).stdout,
  };
}

// The lines of a pretty report by problem (a problem's hint is its second line), without the summary.
const prettyProblems = (text: string) => text.split(/\n(?! {4}hint: )/).filter((block) => block !== "" && !/^[✓✗]/.test(block));
const fileOfPretty = (block: string) => block.split(":")[0]!;
const fileOfGithub = (line: string) => /^::error file=([^,]*)/.exec(line)![1]!;

/** Files to write (a record, or a file's text), by path in the repository. */
type Mutation = Record<string, Json | string>;
const apply = (dir: string, mutation: Mutation) => {
  for (const [file, content] of Object.entries(mutation)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), typeof content === "string" ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
};

// Mistakes that involve records that do not change, each a group of changed files.
const mutations: Record<string, Mutation> = {};
const changed = new Set<string>();

beforeAll(() => {
  expect(existsSync(cliPath), "run `npm test` (it builds dist/ first)").toBe(true);
  cpSync(join(root, "data"), join(repo, "data"), { recursive: true });
  git(repo, "init", "-q", "-b", "main");

  // The base: an organization chain (B's parent is A), a mechanism with two numbered sessions, a
  // redirect retiring a person id.
  const orgs = records("organizations").filter(({ record }) => record.parent === undefined);
  const [orgA, orgB] = orgs;
  writeRecord(orgB!.file, { ...orgB!.record, parent: orgA!.record.id });
  const mechanism = records("mechanisms")[0]!;
  writeRecord("data/mechanisms/zz-changed-mechanism.json", { ...mechanism.record, id: "zz-changed-mechanism" });
  const events = records("events");
  const dated = events.filter(({ record }) => (record.date as KnownDate).status === "stated" && !record.endDate);
  const [first, second] = dated.slice(0, 2).sort((a, b) => (dateForOrdering(a.record.date as KnownDate) < dateForOrdering(b.record.date as KnownDate) ? -1 : 1));
  writeRecord(first!.file, { ...first!.record, session: { mechanism: "zz-changed-mechanism", number: 1 } });
  writeRecord(second!.file, { ...second!.record, session: { mechanism: "zz-changed-mechanism", number: 2 } });
  const people = records("people");
  const target = people[0]!;
  // A participation whose event is spelt with an escape (in its id too): a scan for the event's id
  // must still find it.
  const participations = records("participations").filter(({ record }) => typeof record.person === "string");
  const twice = participations.at(-1)!;
  const event = String(twice.record.event);
  const text = readFileSync(join(repo, twice.file), "utf8");
  const escaped = text.replaceAll(event, `\\u${event.charCodeAt(0).toString(16).padStart(4, "0")}${event.slice(1)}`);
  expect(escaped).not.toBe(text);
  writeFileSync(join(repo, twice.file), escaped);
  writeRecord("data/redirects/zz-retired-person.json", { id: "zz-retired-person", collection: "people", to: target.record.id, reason: redirectReasons[0], retired: "2024-01-01" });
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "base");
  git(repo, "tag", "base");
  expect(runCli(["validate"], { cwd: repo }).code, "the base is valid").toBe(0);

  const sources = new Map(records("sources").map(({ record }) => [record.id, record]));
  const used = new Set([first!.file, second!.file, twice.file]);
  const unused = (list: { file: string; record: Json }[]) => {
    const found = list.find(({ file }) => !used.has(file))!;
    used.add(found.file);
    return found;
  };
  const published = (event: Json) => (event.citations as { source: string }[]).some(({ source }) => (sources.get(source)?.published as KnownDate | undefined)?.status === "stated");
  const late = unused(events.filter(({ record }) => published(record) && !record.session));
  const misspelt = unused(participations);
  const retired = unused(participations);
  const repeated = unused(events.filter(({ file }) => file > first!.file));
  const early = unused(events);
  const [absent, present] = records("statistics");
  const reportedAt = unused(events).record;
  const inEvent = new Set(participations.filter(({ record }) => record.event === reportedAt.id).map(({ record }) => record.person));
  const stranger = people.find(({ record }) => !inEvent.has(record.id))!.record.id;
  const attended = unused(participations).record;
  const before = unused(participations);
  const today = new Date().toISOString().slice(0, 10);
  Object.assign(mutations, {
    // A cycle through an unchanged organization.
    cycle: { [orgA!.file]: { ...orgA!.record, parent: orgB!.record.id } },
    // An event dated after an unchanged source it cites was published.
    "after source": { [late.file]: { ...late.record, date: { status: "stated", value: today }, endDate: undefined } },
    unresolved: { [misspelt.file]: { ...misspelt.record, person: `${String(misspelt.record.person)}x` } },
    retired: { [retired.file]: { ...retired.record, person: "zz-retired-person" } },
    // A session number an unchanged event holds, and a later session dated before an unchanged one.
    sessions: {
      [repeated.file]: { ...repeated.record, session: { mechanism: "zz-changed-mechanism", number: 1 } },
      [early.file]: { ...early.record, date: { status: "stated", value: "1990-01-01" }, session: { mechanism: "zz-changed-mechanism", number: 3 } },
    },
    // A reporter without a participation in the event, and one with an unchanged participation.
    reporters: {
      [absent!.file]: { ...absent!.record, reportedAt: reportedAt.id, reportedBy: stranger },
      [present!.file]: { ...present!.record, reportedAt: attended.event, reportedBy: attended.person },
    },
    schema: { [people[2]!.file]: { ...people[2]!.record, name: 42 } },
    "file rule": { [orgs[2]!.file]: readFileSync(join(repo, orgs[2]!.file), "utf8").replace(",", "") },
    // A participation repeating one a full run reads before it, and one it reads after it (whose
    // problem is then the unchanged one's).
    "repeated participations": {
      "data/participations/zzzz-repeated.json": { ...twice.record, id: "zzzz-repeated" },
      "data/participations/0-repeated.json": { ...before.record, id: "0-repeated" },
    },
    // A person's id again in a second data folder.
    "second folder": { [`more/people/${String(target.record.id)}.json`]: target.record },
  } satisfies Record<string, Mutation>);
  for (const mutation of Object.values(mutations)) for (const file of Object.keys(mutation)) changed.add(file);

  // main moves on after the branch: what it changes is not the pull request's.
  git(repo, "checkout", "-q", "-b", "pr");
  git(repo, "checkout", "-q", "main");
  writeRecord(people[1]!.file, { ...people[1]!.record, name: 1 });
  git(repo, "commit", "-q", "-am", "main moves on");
  git(repo, "checkout", "-q", "pr");
  // Committed on the branch, staged, not staged, untracked.
  apply(repo, { ...mutations.cycle, ...mutations["after source"] });
  git(repo, "commit", "-q", "-am", "pull request");
  apply(repo, mutations.unresolved!);
  git(repo, "add", ...Object.keys(mutations.unresolved!));
  for (const name of ["retired", "sessions", "reporters", "schema", "file rule", "repeated participations", "second folder"]) apply(repo, mutations[name]!);
  expect(git(repo, "status", "--porcelain")).toMatch(/^\?\? data\/participations\/0-repeated\.json$/m);
});

describe("validate --changed reports what a full run reports for the changed files", () => {
  let full: ReturnType<typeof validateIn>;
  let only: ReturnType<typeof validateIn>;
  beforeAll(() => {
    full = validateIn(repo, ["data", "more"]);
    only = validateIn(repo, ["--changed", "main", "data", "more"]);
  });

  it("the same problems, in the same order, in every format", () => {
    expect(only.code).toBe(1);
    expect(only.stderr).toMatch(/checking the \d+ changed record files against main/);
    expect(only.problems).toEqual(full.problems.filter((problem) => changed.has(problem.file)));
    expect(prettyProblems(only.pretty)).toEqual(prettyProblems(full.pretty).filter((block) => changed.has(fileOfPretty(block))));
    const github = (text: string) => text.split("\n").filter((line) => line !== "");
    expect(github(only.github)).toEqual(github(full.github).filter((line) => changed.has(fileOfGithub(line))));
  });

  it("covers the problems that involve unchanged records", () => {
    const rules = new Set(only.problems.map((problem) => problem.rule));
    for (const rule of ["id/duplicate", "reference/unresolved", "reference/retired", "reference/cycle", "date/after-source", "participation/duplicate", "session/order", "statistic/reporter-absent", "schema/type", "file/json"]) {
      expect(rules, rule).toContain(rule);
    }
    expect(only.problems.find((problem) => problem.rule === "id/duplicate")!.hint).toMatch(/the other is data\/people\//);
    expect(only.problems.find((problem) => problem.rule === "reference/unresolved")!.hint).toMatch(/did you mean/);
    // The statistic whose reporter took part is not reported; the one whose reporter did not is.
    expect(only.problems.filter((problem) => problem.rule === "statistic/reporter-absent")).toHaveLength(1);
  });

  it("reports nothing of unchanged files, nor of a change made on main since the branch", () => {
    expect(only.problems.every((problem) => changed.has(problem.file))).toBe(true);
    expect(full.problems.some((problem) => !changed.has(problem.file)), "the full run has problems in unchanged files").toBe(true);
    expect(only.problems.some((problem) => problem.message.includes("0-repeated"))).toBe(false);
  });

  it("takes the ref as --changed <ref>, --changed=<ref>, or none (main)", () => {
    const json = (args: string[]) => runCli(["validate", ...args, "--format", "json"], { cwd: repo }).stdout;
    const expected = json(["--changed", "main", "data", "more"]);
    expect(json(["--changed=main", "data", "more"])).toBe(expected);
    expect(json(["data", "more", "--changed"])).toBe(expected);
    expect(json(["data", "more", "--changed", "--format", "json"])).toBe(expected);
  });
});

describe("validate --changed on each group of changes alone", () => {
  const groups = ["cycle", "after source", "unresolved", "retired", "sessions", "reporters", "repeated participations", "second folder"];
  it.each(groups)("%s", (name) => {
    const clone = join(scratch, name.replaceAll(" ", "-"));
    git(scratch, "clone", "-q", "--branch", "base", repo, clone);
    apply(clone, mutations[name]!);
    const files = new Set(Object.keys(mutations[name]!));
    const json = (args: string[]) => JSON.parse(runCli(["validate", ...args, "--format", "json"], { cwd: clone }).stdout) as { problems: { file: string }[] };
    const folders = existsSync(join(clone, "more")) ? ["data", "more"] : ["data"];
    const expected = json(folders).problems.filter((problem) => files.has(problem.file));
    expect(expected.length, "the group's files have problems of their own").toBeGreaterThan(0);
    expect(json(["--changed", "base", ...folders]).problems).toEqual(expected);
  });
});

describe("validateDataset's listedIds: records that exist but are not passed", () => {
  it("resolves references to them, offers them in hints, and keeps them from being retired", () => {
    const problems = validateDataset(
      {
        participations: [{ id: "p", event: "listed-event", person: "zhang-sam" }],
        redirects: [{ id: "listed-person", collection: "people", to: "zhang-san", reason: redirectReasons[0], retired: "2024-01-01" }],
      },
      { listedIds: { events: ["listed-event"], people: ["zhang-san", "listed-person"] } },
    );
    const about = (rule: string) => problems.filter((problem) => problem.rule === rule).map(({ path, hint }) => ({ path, hint }));
    expect(about("reference/unresolved")).toEqual([{ path: ["person"], hint: 'did you mean "zhang-san"?' }]);
    expect(about("redirect/still-live")).toHaveLength(1);
    expect(about("redirect/target-missing")).toEqual([]);
  });
});

describe("validate --changed reads only what the rules need", () => {
  it("reads the changed files and the records they point at, not the rest", async () => {
    const clone = join(scratch, "forward");
    git(scratch, "clone", "-q", "--branch", "main", repo, clone);
    const person = readdirSync(join(clone, "data", "people")).sort().at(-1)!;
    const file = join(clone, "data", "people", person);
    const record = JSON.parse(readFileSync(file, "utf8")) as Json;
    writeFileSync(file, `${JSON.stringify({ ...record, name: "Renamed" }, null, 2)}\n`);
    reads.length = 0;
    const result = await validateChanged([join(clone, "data")], "origin/main");
    expect("report" in result && result.report.problems).toEqual([]);
    const cited = new Set((record.citations as { source: string }[]).map(({ source }) => join(clone, "data", "sources", `${source}.json`)));
    expect(reads[0]).toBe(join(clone, "data", "people", person));
    expect(reads.slice(1).every((path) => cited.has(path)), reads.join("\n")).toBe(true);
  });
});

describe("validate --changed checks every file where changed files cannot tell", () => {
  let clone: string;
  beforeAll(() => {
    clone = join(scratch, "fallback");
    git(scratch, "clone", "-q", "--branch", "main", repo, clone);
  });

  it("a deleted record file: records that refer to it are checked too", () => {
    const person = readRecord("data/redirects/zz-retired-person.json").to as string;
    rmSync(join(clone, "data", "people", `${person}.json`));
    const full = runCli(["validate", "--format", "json"], { cwd: clone });
    const only = runCli(["validate", "--changed", "origin/main", "--format", "json"], { cwd: clone });
    expect(only.stderr).toMatch(/^china-sti-cooperation: checking every record file: data\/people\/.*\.json was deleted or renamed/);
    expect(only.stderr.split("\n").filter((line) => line !== "")).toHaveLength(1);
    expect(only.stdout).toBe(full.stdout);
    expect(only.code).toBe(full.code);
    git(clone, "checkout", "-q", ".");
  });

  it("a change to what decides the rules (package.json), or a file a walk would report", () => {
    writeFileSync(join(clone, "package.json"), "{}\n");
    expect(runCli(["validate", "--changed", "origin/main"], { cwd: clone }).stderr).toMatch(/checking every record file: package\.json changed/);
    rmSync(join(clone, "package.json"));
    writeFileSync(join(clone, "data", "events", "notes.txt"), "");
    const only = runCli(["validate", "--changed", "origin/main"], { cwd: clone });
    expect(only.stderr).toMatch(/checking every record file: data\/events\/notes\.txt is not laid out/);
    expect(only.stdout).toMatch(/notes\.txt.*file\/stray/);
    rmSync(join(clone, "data", "events", "notes.txt"));
  });
});

describe("validate --changed: usage errors exit 2", () => {
  it.each([
    [["--changed", "no-such-ref"], /unknown git ref "no-such-ref"/],
    [["--changed", "data"], /unknown git ref "data"; to check the folder data, put it before --changed/],
    [["--changed=", "data"], /--changed= needs a git ref/],
    [["--changed", "main", "data/events"], /data\/events is not one/],
    [["--changed", "main", "--collection", "events", "data"], /does not take --collection/],
  ])("%j", (args, message) => {
    const result = runCli(["validate", ...args], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("outside a git repository", () => {
    const plain = join(scratch, "plain");
    cpSync(join(root, "data"), join(plain, "data"), { recursive: true });
    const result = runCli(["validate", "--changed"], { cwd: plain });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not in a git repository/);
  });
});
