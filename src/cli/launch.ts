#!/usr/bin/env node
// The command (package.json "bin", built as dist/cli.cjs): runs the command's bundle, dist/cli-main.cjs,
// handing V8 the code it compiled for it last time, kept beside the bundle. That takes an eighth off
// start-up; Node 20 keeps no compile cache of its own (from 22.1, module.enableCompileCache does).
// Kept small: every line here runs before the command does.
import { accessSync, closeSync, constants, fstatSync, openSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

const bundle = join(__dirname, "cli-main.cjs");
const cacheFile = `${bundle}.cache`;
// Its text and what it was made from, from one open file (not a bundle rebuilt in between).
const fd = openSync(bundle, "r");
const { size, mtimeMs } = fstatSync(fd);
const source = readFileSync(fd, "utf8");
closeSync(fd);
// What the cache was made from. V8 checks its own version and flags, but of the source only its
// length: a bundle rebuilt to the same length must not run the old one's code.
const key = `${process.version} ${process.arch} ${size} ${mtimeMs}\n`;

let cached: Buffer | undefined;
try {
  const file = readFileSync(cacheFile);
  if (file.subarray(0, key.length).toString("latin1") === key) cached = file.subarray(key.length);
} catch {
  // none yet
}

// As Node wraps a CommonJS module, on the bundle's first line (the "#!" line dropped), so that
// line numbers in errors stay the bundle's.
const wrapped = `(function (exports, require, module, __filename, __dirname) {${source.replace(/^#!.*/, "")}\n})`;
const script = new Script(wrapped, { filename: bundle, ...(cached ? { cachedData: cached } : {}) });

// After the run, which compiled what it used: kept for the next run, whole or not at all. Only where
// the folder can be written (a package installed read-only just runs without).
if ((cached === undefined || script.cachedDataRejected) && isWritable(dirname(bundle))) {
  process.once("exit", () => {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, Buffer.concat([Buffer.from(key, "latin1"), script.createCachedData()]));
      renameSync(temporary, cacheFile);
    } catch {
      // no cache this time
    }
  });
}

const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle));

function isWritable(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
