import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./helpers.js";

/** The package packed as npm would publish it, installed by hand into a scratch folder. */
export interface Packed {
  scratch: string;
  /** The scratch folder whose node_modules holds the package: consumer projects are made under it. */
  consumer: string;
  tarball: string;
  size: number;
  unpackedSize: number;
  /** The installed CLI, as node_modules/.bin links it. */
  cli: string;
  remove(): void;
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

export const bin = (name: string) => join(root, "node_modules", ".bin", name);

/**
 * Packs the package and installs the tarball into a fresh scratch folder with no registry and no npm
 * cache: the tarball unpacked into node_modules, its one dependency copied from this repository's
 * node_modules, its bin linked as npm links it. `npm test` builds dist/ before vitest runs.
 */
export function packAndInstall(prefix: string): Packed {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  const output = execFileSync(npm, ["pack", "--json", "--pack-destination", scratch], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const packed = (JSON.parse(output) as { size: number; unpackedSize: number; filename: string }[])[0]!;
  const consumer = join(scratch, "consumer");
  const modules = join(consumer, "node_modules");
  mkdirSync(join(modules, "china-sti-cooperation"), { recursive: true });
  writeFileSync(join(consumer, "package.json"), '{ "name": "consumer", "private": true }\n');
  execFileSync("tar", ["-xzf", join(scratch, packed.filename), "-C", join(modules, "china-sti-cooperation"), "--strip-components=1"]);
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string>; bin: Record<string, string> };
  for (const dependency of Object.keys(manifest.dependencies)) cpSync(join(root, "node_modules", dependency), join(modules, dependency), { recursive: true });
  mkdirSync(join(modules, ".bin"), { recursive: true });
  for (const [name, file] of Object.entries(manifest.bin)) symlinkSync(join("..", "china-sti-cooperation", file), join(modules, ".bin", name));
  return {
    scratch,
    consumer,
    tarball: join(scratch, packed.filename),
    size: packed.size,
    unpackedSize: packed.unpackedSize,
    cli: join(modules, ".bin", "china-sti-cooperation"),
    remove: () => rmSync(scratch, { recursive: true, force: true }),
  };
}

/** A consumer project under the installed package: its files, written fresh. */
export function project(packed: Packed, name: string, files: Record<string, string>): string {
  const folder = join(packed.consumer, name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
  return folder;
}

export function sh(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, out: `${result.stdout}${result.stderr}`, stdout: result.stdout };
}

/** Type-checks a scratch project with the repository's TypeScript; "" when clean. */
export function typecheck(folder: string): string {
  const result = sh(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "."], folder);
  return result.code === 0 ? "" : result.out || `tsc exited ${result.code}`;
}
