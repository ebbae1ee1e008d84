import { execFile, execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";

/** What git says changed under some paths against a ref, as absolute paths. */
export interface Changes {
  /** The merge base of the ref and HEAD, which changes are counted from. */
  base: string;
  /**
   * Files added or modified: committed since the merge base, staged, unstaged, or untracked and not
   * ignored.
   */
  changed: string[];
  /** Files that were there at the merge base and are not now (deleted, or renamed away). */
  deleted: string[];
}

/** Git cannot answer: no repository, an unknown ref, no history shared with it. */
export class GitError extends Error {}

// Argument arrays, never a shell; --literal-pathspecs: a folder named "*" is a folder, not a glob.
const gitArgs = (args: readonly string[]) => ["--literal-pathspecs", ...args];
const gitOptions = (cwd: string) => ({ cwd, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 }) as const;
const gitError = (failure: string, stderr: unknown) => {
  const said = String(stderr ?? "").trim().split("\n").at(-1);
  return new GitError(`${failure}${said ? ` (git: ${said.replace(/^(fatal|error): /, "")})` : ""}`);
};

// Git's answer, waited for; or, for the slow questions, a promise, so that they run side by side
// and beside the caller's own work.
function git(cwd: string, args: readonly string[]): { stdout: string; failed?: { status: number | null; stderr: string } } {
  try {
    return { stdout: execFileSync("git", gitArgs(args), { ...gitOptions(cwd), stdio: ["ignore", "pipe", "pipe"] }) };
  } catch (error) {
    // No stderr: git did not run at all (not installed).
    const { stdout, stderr, status, message } = error as { stdout?: string; stderr?: string; status: number | null; message: string };
    return { stdout: stdout ?? "", failed: { status, stderr: stderr || message } };
  }
}
function gitLater(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile("git", gitArgs(args), gitOptions(cwd), (error, stdout, stderr) => (error ? fail(gitError(`git ${args[0]} failed`, stderr)) : done(stdout)));
  });
}

// Output of -z: paths (or status, path pairs) separated by NUL bytes.
const fields = (output: string) => output.split("\0").filter((field) => field !== "");

/** The path with links followed where it exists, for comparing with git's (real) top folder. */
function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Every file under `folders`, and under those of `watched` that are in the repository, that differs
 * from the merge base of `ref` and HEAD: the files a pull request based on `ref` changes, with the
 * work not committed yet. The folders are relative to the working folder, in one repository. Throws
 * GitError at once where git cannot answer; the slow part is left running.
 */
export function changesAgainst(ref: string, folders: readonly string[], watched: readonly string[] = []): Promise<Changes> {
  if (ref.startsWith("-")) throw new GitError(`"${ref}" is not a git ref`);
  // Git runs in the first folder: a data folder is checked in its own repository, whatever the working folder.
  const cwd = resolve(folders[0] ?? ".");
  const found = git(cwd, ["rev-parse", "--show-toplevel", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  const [top, commit] = found.stdout.split("\n");
  if (!top) throw gitError("not in a git repository: --changed compares the files with a git ref", found.failed?.stderr);
  if (found.failed || !commit) throw new GitError(`unknown git ref "${ref}"`);
  const inRepository = (path: string) => {
    const rel = relative(top, realOrResolved(path));
    return !rel.startsWith("..") && !isAbsolute(rel);
  };
  const outside = folders.find((folder) => !inRepository(folder));
  if (outside !== undefined) throw new GitError(`${outside} is not in the git repository ${top}`);
  const merged = git(cwd, ["merge-base", commit, "HEAD"]);
  if (merged.failed) throw gitError(`"${ref}" and HEAD have no commit in common`, merged.failed.stderr);
  const base = merged.stdout.trim();

  const specs = [...folders, ...watched.filter(inRepository)].map((path) => relative(cwd, resolve(path)) || ".");
  // The merge base against the working tree: what was committed since, staged, and not staged yet.
  // Renames are a deletion and an addition; paths are relative to the repository's top folder.
  const diff = gitLater(cwd, ["diff", "--name-status", "-z", "--no-renames", "--no-relative", "--no-ext-diff", "--ignore-submodules", base, "--", ...specs]);
  const untracked = gitLater(cwd, ["ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--", ...specs]);
  return Promise.all([diff, untracked]).then(([diffOutput, untrackedOutput]) => {
    const changes: Changes = { base, changed: [], deleted: [] };
    const pairs = fields(diffOutput);
    for (let i = 0; i + 1 < pairs.length; i += 2) (pairs[i] === "D" ? changes.deleted : changes.changed).push(join(top, pairs[i + 1]!));
    changes.changed.push(...fields(untrackedOutput).map((path) => join(top, path)));
    return changes;
  });
}
