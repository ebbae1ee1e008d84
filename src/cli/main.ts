#!/usr/bin/env node
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { collectionNames, collections, isCollectionName, type CollectionName } from "../lib/collections.js";
import { idPattern } from "../lib/schemas/common.js";
import { writeFileAtomic } from "./atomic-write.js";
import { canonicalText } from "./canonical.js";
import { loadPaths } from "./loader.js";
import { formatGithub, formatJson, formatPretty, printable, reportFormats, summaryLine, useColour, writeSummary, type ReportFormat } from "./report.js";
import { newRecord } from "./template.js";
import { GitError } from "./changed-files.js";
import { validateChanged } from "./validate-changed.js";
import { readPackageRecords, validateFiles, type FilesReport, type PackageRecords } from "./validate-files.js";

// The installed package (or this repository): the folder above dist/ or src/cli/ with package.json.
const packageRoot = (() => {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, "package.json")) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
})();
const manifest = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { name: string; version: string };

// Run from a project that installed the package (not from this repository): that project's records
// may refer to the package's own, which are read as context.
const installed = packageRoot.split(sep).includes("node_modules");

/**
 * The "$schema" a record file at `file` should carry: the package's schema, relative to the file;
 * through the project's node_modules/<package> where there is one, a path that stays the same when
 * the package is updated (pnpm's real path names the version).
 */
function schemaRefFor(file: string, collection: CollectionName): string {
  const schemaFile = collections[collection].schemaFile;
  let schema = join(packageRoot, "schemas", schemaFile);
  for (let folder = dirname(resolve(file)); ; folder = dirname(folder)) {
    const linked = join(folder, "node_modules", manifest.name, "schemas", schemaFile);
    if (existsSync(linked)) {
      schema = linked;
      break;
    }
    if (dirname(folder) === folder) break;
  }
  return relative(dirname(resolve(file)), schema).split(sep).join("/");
}

// What validate --changed compares with when no ref is given.
const defaultRef = "main";

// The archived source texts beside this repository, where they are.
const defaultArchive = join("..", "shared", "seeds");

const help: Record<string, string> = {
  main: `Usage: china-sti-cooperation <command> [options]

Commands:
  validate [paths...]        check record files against the schemas and cross-record rules
  format [paths...]          check or write the canonical form of record files
  new <collection> <id>      write a new record file with every required field to fill in

Run 'china-sti-cooperation <command> --help' for a command's options.
`,
  validate: `Usage: china-sti-cooperation validate [paths...] [options]

Checks record files (default: ./data) against the schema of their collection and the cross-record
rules, and reports every problem with its file, line and column. In a project that installed the
package, the files may refer to the package's own records by id, and may not reuse their ids.

Options:
  --collection <name>        check every file as this collection (${collectionNames.join(", ")});
                             by default a file's collection is the folder it is in
  --archive <folder>         archived source texts, for checking cited paragraphs
                             (default: ../shared/seeds where it exists)
  --no-package-records       in a project that installed the package, check the files without
                             the package's own records (by default records may refer to them)
  --changed [<ref>]          check only the record files that differ from the merge base of <ref>
                             (default: ${defaultRef}) and HEAD, committed or not (untracked too), each
                             against the whole of the data folders given: the problems a full run
                             reports for those files, reading few of the others. A deleted or
                             renamed record file, or a change to the validator (src/, schemas/,
                             package.json) or to the archive, checks every file instead and says
                             so on stderr. Give a ref as --changed <ref> or --changed=<ref>; a
                             path right after a bare --changed is taken for the ref: put paths first
  --format <pretty|json|github>
                             pretty for people (default), json for tools, github for GitHub
                             Actions annotations (and a job summary when GITHUB_STEP_SUMMARY is set)
  -h, --help                 show this help

Exit status: 0 valid (with --changed, also when no record file changed), 1 invalid, 2 usage error
(with --changed: an unknown ref, no git repository), a path that cannot be read, or no record files.
`,
  format: `Usage: china-sti-cooperation format [--check | --write] [paths...]

The canonical form of a record file: "$schema" first, keys in schema order, two-space indent,
strings in Unicode NFC, a trailing newline.

Options:
  --check                    list files not in canonical form and exit 1 if any (default)
  --write                    rewrite files into canonical form
  --collection <name>        treat every file as this collection
  -h, --help                 show this help

Files are rewritten whole or not at all, and never where a value would change (those are listed).

Exit status: 0 all canonical (or written), 1 some are not, cannot be parsed or would change,
2 usage error, a path or file that cannot be read or written, or no record files.
`,
  new: `Usage: china-sti-cooperation new <collection> <id> [--data <folder>]

Writes <folder>/<collection>/<id>.json (folder default: ./data) with "$schema", the id and every
required field left blank to fill in. Collections: ${collectionNames.join(", ")}.

Options:
  --data <folder>            the data folder (default: data)
  -h, --help                 show this help
`,
};

class UsageError extends Error {}

const helpOption = { help: { type: "boolean", short: "h" } } as const;

function parse<const O extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...options, ...helpOption }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function collectionOption(value: unknown): CollectionName | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && isCollectionName(value)) return value;
  throw new UsageError(`unknown collection "${String(value)}" (collections: ${collectionNames.join(", ")})`);
}

/**
 * parseArgs has no option whose value may be left out: a bare `--changed` (last, or before another
 * option) becomes `--changed=<default ref>`, and `--changed <ref>` and `--changed=<ref>` pass as they are.
 */
function withChangedRef(args: readonly string[]): string[] {
  const end = args.indexOf("--");
  return args.map((arg, i) => {
    const next = args[i + 1];
    const bare = arg === "--changed" && (end === -1 || i < end) && (next === undefined || next.startsWith("-"));
    return bare ? `--changed=${defaultRef}` : arg;
  });
}

function validate(args: string[]): number | Promise<number> {
  const { values, positionals } = parse(withChangedRef(args), {
    collection: { type: "string" },
    format: { type: "string", default: "pretty" },
    archive: { type: "string" },
    "no-package-records": { type: "boolean" },
    changed: { type: "string" },
  });
  if (values.help) return print(help.validate!);
  const format = values.format as ReportFormat;
  if (!reportFormats.includes(format)) throw new UsageError(`unknown format "${format}" (formats: ${reportFormats.join(", ")})`);
  const paths = positionals.length > 0 ? positionals : ["data"];
  const archive = values.archive ?? defaultArchive;
  const packageRecords = installed && !values["no-package-records"] ? readPackageRecords(packageRoot) : undefined;
  const options = { archive, ...(packageRecords ? { packageRecords } : {}) };
  const report = (files: FilesReport, changedOnly: boolean) => printReport(files, format, changedOnly, paths);
  if (values.changed === undefined) return report(validateFiles(paths, { collection: collectionOption(values.collection), ...options }), false);
  const ref = values.changed;
  return validateChangedFiles(paths, ref, values.collection, options).then((result) => {
    if ("fallback" in result) {
      process.stderr.write(`china-sti-cooperation: checking every record file: ${printable(result.fallback)}\n`);
      return report(validateFiles(paths, options), false);
    }
    const files = `${result.changed} changed record file${result.changed === 1 ? "" : "s"}`;
    process.stderr.write(`china-sti-cooperation: checking the ${files} against ${printable(ref)} (merge base ${result.base.slice(0, 12)})\n`);
    return report(result.report, true);
  });
}

/** Prints a report and gives the exit status; `changedOnly`: of the changed files, where none is no error. */
function printReport(report: FilesReport, format: ReportFormat, changedOnly: boolean, paths: readonly string[]): number {
  if (!changedOnly && report.readCount === 0 && report.problems.length === 0) throw nothingToCheck(paths);
  const { fileCount } = report;
  if (format === "json") process.stdout.write(formatJson(report.problems, fileCount));
  else if (format === "github") {
    process.stdout.write(formatGithub(report.problems));
    writeSummary(report.problems, fileCount, process.env);
    process.stderr.write(`${summaryLine(report.problems, fileCount)}\n`);
  } else process.stdout.write(formatPretty(report.problems, fileCount, useColour(process.stdout, process.env)));
  // Exit 2 where a path given could not be read at all, or no record file could be.
  return report.ioError || (!changedOnly && report.readCount === 0) ? 2 : report.problems.length > 0 ? 1 : 0;
}

/** validate --changed: the data folders checked, git's errors made usage errors. */
function validateChangedFiles(paths: readonly string[], ref: string, collection: unknown, options: { archive: string; packageRecords?: PackageRecords }) {
  if (collection !== undefined) throw new UsageError("--changed checks data folders by their collection folders: it does not take --collection");
  if (ref === "") throw new UsageError("--changed= needs a git ref");
  for (const path of paths) {
    let folder = false;
    try {
      folder = statSync(path).isDirectory();
    } catch {
      // not there
    }
    if (!folder || isCollectionName(basename(resolve(path)))) {
      throw new UsageError(`--changed checks data folders (folders of collection folders), and ${path} is not one`);
    }
  }
  // What decides the rules' results besides the records: the validator's sources and the manifests
  // that pin it (of the package, and of a project that installed it), and the archived texts.
  const manifests = ["package.json", "package-lock.json"];
  const validatorPaths = [...["src", "schemas", ...manifests].map((name) => join(packageRoot, name)), ...manifests.map((name) => resolve(name)), options.archive];
  const usage = (error: unknown) => {
    if (!(error instanceof GitError)) return error;
    // "validate --changed data" reads "data" as the ref.
    const hint = error.message.startsWith("unknown git ref") && existsSync(ref) ? `; to check the folder ${ref}, put it before --changed` : "";
    return new UsageError(`${error.message}${hint}`);
  };
  return validateChanged(paths, ref, { ...options, validatorPaths }).catch((error: unknown) => Promise.reject(usage(error)));
}

function nothingToCheck(paths: readonly string[]): Error {
  return new Error(`no record files found in ${paths.join(", ")}: a record file is <folder>/<collection>/<id>.json`);
}

function format(args: string[]): number {
  const { values, positionals } = parse(args, { check: { type: "boolean" }, write: { type: "boolean" }, collection: { type: "string" } });
  if (values.help) return print(help.format!);
  if (values.check && values.write) throw new UsageError("give --check or --write, not both");
  const paths = positionals.length > 0 ? positionals : ["data"];
  const loaded = loadPaths(paths, { collection: collectionOption(values.collection) });
  if (loaded.readCount === 0 && loaded.problems.length === 0) throw nothingToCheck(paths);
  const colour = useColour(process.stderr, process.env);
  if (loaded.problems.length > 0) process.stderr.write(formatPretty(loaded.problems, loaded.files.length, colour));
  let changed = 0;
  let unwritten = 0;
  for (const file of loaded.files) {
    // A "$schema" that leads nowhere (a file copied from another project) is pointed at the package's.
    const resolves = typeof file.schemaRef === "string" && existsSync(resolve(dirname(file.file), file.schemaRef));
    const schemaRef = file.schemaRef === undefined || resolves ? file.schemaRef : schemaRefFor(file.file, file.collection);
    const canonical = canonicalText(file.collection, file.record, schemaRef);
    if (canonical === file.text) continue;
    changed += 1;
    const shown = relative(process.cwd(), file.file);
    if (values.write) {
      try {
        writeFileAtomic(shown, canonical);
      } catch (error) {
        // One file that cannot be written (a full disk, a size limit) does not stop the others.
        process.stderr.write(`china-sti-cooperation: ${printable((error as Error).message)}\n`);
        unwritten += 1;
        continue;
      }
    }
    process.stdout.write(`${values.write ? "formatted" : "not canonical"}: ${printable(shown)}\n`);
  }
  if (!values.write && changed > 0) process.stdout.write(`run 'china-sti-cooperation format --write' to fix ${changed} file(s)\n`);
  if (loaded.ioError || loaded.readCount === 0 || unwritten > 0) return 2;
  return loaded.problems.length > 0 || (changed > 0 && !values.write) ? 1 : 0;
}

function create(args: string[]): number {
  const { values, positionals } = parse(args, { data: { type: "string", default: "data" } });
  if (values.help) return print(help.new!);
  const [collection, id, ...rest] = positionals;
  if (!collection || !id || rest.length > 0) throw new UsageError("expected: new <collection> <id>");
  const name = collectionOption(collection)!;
  if (!idPattern.test(id)) throw new UsageError(`"${id}" is not a valid id: use lowercase letters, digits and single hyphens`);
  const file = join(values.data as string, name, `${id}.json`);
  if (existsSync(file)) throw new UsageError(`${file} already exists`);
  mkdirSync(dirname(file), { recursive: true });
  const { $schema, ...record } = newRecord(name, id, schemaRefFor(file, name));
  writeFileAtomic(file, canonicalText(name, record, $schema));
  process.stdout.write(`wrote ${file}: fill in every field, then run 'china-sti-cooperation validate ${file}'\n`);
  return 0;
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

export function main(argv: string[]): number | Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "validate": {
        const code = validate(args);
        return typeof code === "number" ? code : code.catch(failed);
      }
      case "format":
        return format(args);
      case "new":
        return create(args);
      case "--version":
      case "-v":
        return print(`${manifest.version}\n`);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        return print(help.main!);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    return failed(error);
  }
}

// Bad input is reported as problems; what reaches here is a usage or system error, shown in one
// line without a stack trace.
function failed(error: unknown): number {
  const hint = error instanceof UsageError ? "\nRun 'china-sti-cooperation --help' for usage." : "";
  process.stderr.write(`china-sti-cooperation: ${printable((error as Error).message)}${hint}\n`);
  return 2;
}

const code = main(process.argv.slice(2));
if (typeof code === "number") exitOnceWritten(code);
else void code.then(exitOnceWritten);

/**
 * Exits as soon as everything written has reached the terminal, pipe or file (a pipe is written
 * asynchronously), rather than after Node has taken down the heap and the reading threads: at
 * 100,000 records that took a tenth of a second after the report.
 */
function exitOnceWritten(status: number): void {
  process.exitCode = status;
  let streams = 2;
  const written = () => {
    streams -= 1;
    if (streams === 0) process.exit();
  };
  process.stdout.write("", written);
  process.stderr.write("", written);
}
