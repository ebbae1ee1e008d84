import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";

/** What reading a file gave: its first bytes and its length, or why it was not read. */
export type ReadResult =
  | { bytes: Uint8Array; size: number }
  | { notRegular: string }
  | { error: NodeJS.ErrnoException };

function kindOf(info: Stats): string {
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  return info.isDirectory() ? "a folder" : "not a file";
}

/**
 * Reads a regular file, at most `limit` bytes of it: a pipe or device is never opened for reading
 * (it could block or never end), and a file longer than the limit is not read at all (`bytes` is
 * then empty and `size` says how long it is). Never throws.
 */
export function readRegularFile(path: string, limit: number): ReadResult {
  let fd: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) return { notRegular: kindOf(info) };
    // O_NONBLOCK: if the path was swapped for a pipe since the stat, the open still returns at once.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { error: error as NodeJS.ErrnoException };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { notRegular: kindOf(info) };
    if (info.size > limit) return { bytes: new Uint8Array(0), size: info.size };
    // As many bytes as the file had when it was opened (one that grows meanwhile is read as it was).
    const buffer = Buffer.allocUnsafe(info.size);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break; // it shrank since
      length += read;
    }
    return { bytes: buffer.subarray(0, length), size: length };
  } catch (error) {
    return { error: error as NodeJS.ErrnoException };
  } finally {
    closeSync(fd);
  }
}
