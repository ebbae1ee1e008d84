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

// One buffer for every quick read: a record is decoded before the next file is read.
let quickBuffer: Buffer | undefined;

/**
 * Reads a file the folder listing said is a regular file with the fewest system calls (open, one
 * read, close), into a buffer shared by every call: the bytes are valid until the next call.
 * Undefined when anything is out of the ordinary (an error, a file of `limit` bytes or more), for the
 * caller to read the file again with readRegularFile, which says what is wrong. A read that stops
 * short leaves JSON that does not parse, and the file is read again that careful way.
 */
export function readFileQuickly(path: string, limit: number): Uint8Array | undefined {
  if (!quickBuffer || quickBuffer.length < limit + 1) quickBuffer = Buffer.allocUnsafe(limit + 1);
  let fd: number;
  try {
    // O_NONBLOCK: a path swapped for a pipe since the listing does not block the read.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const length = readSync(fd, quickBuffer, 0, limit + 1, 0);
    return length > limit ? undefined : quickBuffer.subarray(0, length);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
