import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { reason } from "./fs-errors.js";

/**
 * Writes a file whole or not at all: into a temporary file in the same folder, flushed to disk, then
 * renamed over the old one (keeping its permissions). A failure leaves the old file as it was and
 * throws an error that names the file.
 */
export function writeFileAtomic(file: string, text: string): void {
  // Through a symbolic link, the file it leads to is replaced, not the link.
  let target = file;
  let mode: number | undefined;
  try {
    target = realpathSync(file);
    mode = statSync(target).mode & 0o7777;
  } catch {
    // a new file
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, "w", mode);
    try {
      // A write may take fewer bytes than asked (a file-size limit is reached part-way): go on until
      // every byte is written or the write fails.
      const bytes = Buffer.from(text, "utf8");
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot write ${file}: ${reason(error)}${code ? ` (${code})` : ""}; the file is as it was`);
  }
}
