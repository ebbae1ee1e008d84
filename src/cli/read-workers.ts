import { receiveMessageOnPort, MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { readFileQuickly } from "./read-file.js";

// Below this many files, starting the threads costs more than reading on them saves.
export const readWorkersFrom = 30_000;
// Threads beside the main one, which parses: one on two cores, at most two (more read faster than
// the main thread can parse).
const workerCount = Math.max(1, Math.min(2, availableParallelism() - 1));
const blockSize = 64;
// How many blocks the threads may read ahead of the one being used: bounds the memory held.
const window = 32;
// A block that has not come after this long is read on the main thread (a thread that died).
const patienceMs = 10_000;

// Cells of the shared counters.
const claimed = 0;
const used = 1;
const posted = 2;

// The threads' code, CommonJS in a string so that it runs the same from the sources, the ESM and the
// CommonJS bundles. Each claims the next block of files, reads them (open, one read, close) one after
// another into a reused buffer, and posts a copy of their bytes and their lengths (-1: not read, for
// the careful path), waiting while too far ahead. One copy a block, not one a file: what a thread
// allocates takes collection time from the core the main thread shares with it.
const workerSource = `
const { closeSync, constants, openSync, readSync } = require("node:fs");
const { workerData } = require("node:worker_threads");
const { paths, limit, blockSize, window, shared, port } = workerData;
const cells = new Int32Array(shared);
let scratch = Buffer.allocUnsafe(4 * (limit + 1));
const blocks = Math.ceil(paths.length / blockSize);
for (;;) {
  const ahead = Atomics.load(cells, ${claimed}) - Atomics.load(cells, ${used});
  if (ahead >= window) { Atomics.wait(cells, ${used}, Atomics.load(cells, ${used}), 50); continue; }
  const block = Atomics.add(cells, ${claimed}, 1);
  if (block >= blocks) break;
  const end = Math.min(paths.length, (block + 1) * blockSize);
  const lengths = new Int32Array(end - block * blockSize);
  let filled = 0;
  for (let i = block * blockSize; i < end; i += 1) {
    if (scratch.length - filled < limit + 1) scratch = Buffer.concat([scratch.subarray(0, filled)], 2 * scratch.length);
    let length = -1;
    try {
      const fd = openSync(paths[i], constants.O_RDONLY | constants.O_NONBLOCK);
      try {
        const read = readSync(fd, scratch, filled, limit + 1, 0);
        if (read <= limit) { length = read; filled += read; }
      } finally { closeSync(fd); }
    } catch {}
    lengths[i - block * blockSize] = length;
  }
  const buffer = new Uint8Array(scratch.buffer, scratch.byteOffset, filled).slice().buffer;
  port.postMessage({ block, lengths, buffer }, [buffer, lengths.buffer]);
  Atomics.add(cells, ${posted}, 1);
  Atomics.notify(cells, ${posted});
}
port.close();
`;

interface Block {
  lengths: Int32Array;
  buffer: ArrayBuffer;
}

/**
 * Reads many files on other threads while the caller uses them: `next()` gives the bytes of each file
 * in turn (undefined where the quick read failed, for the careful path), synchronously. Blocks of files
 * are claimed from a shared counter; the main thread reads a block itself when no thread has claimed
 * it yet, and no thread reads more than `window` blocks ahead. Call `close()` when done.
 */
export function readFilesAhead(paths: readonly string[], limit: number): { next(): Uint8Array | undefined; close(): void } {
  const shared = new SharedArrayBuffer(3 * 4);
  const cells = new Int32Array(shared);
  const blocks = Math.ceil(paths.length / blockSize);
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  for (let i = 0; i < workerCount; i += 1) {
    const { port1, port2 } = new MessageChannel();
    try {
      const worker = new Worker(workerSource, { eval: true, workerData: { paths, limit, blockSize, window, shared, port: port2 }, transferList: [port2] });
      // A thread that fails is not an error of the run: the blocks it would have read are read here.
      worker.on("error", () => {});
      workers.push(worker);
      ports.push(port1);
    } catch {
      // No threads here (a limit on them): the main thread reads every block itself.
      port1.close();
    }
  }
  const arrived = new Map<number, Block>();
  let current: { block: number; lengths: Int32Array; bytes: Uint8Array; index: number; offset: number } | undefined;
  let file = 0;

  const drain = () => {
    for (const port of ports) {
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const { block, lengths, buffer } = message.message as Block & { block: number };
        arrived.set(block, { lengths, buffer });
      }
    }
  };
  // The main thread's reads, as a thread's: one after another into one buffer, one copy a block.
  let scratch = Buffer.allocUnsafe(4 * (limit + 1));
  const readHere = (block: number): Block => {
    const end = Math.min(paths.length, (block + 1) * blockSize);
    const lengths = new Int32Array(end - block * blockSize);
    let filled = 0;
    for (let i = block * blockSize; i < end; i += 1) {
      const bytes = readFileQuickly(paths[i]!, limit);
      lengths[i - block * blockSize] = bytes ? bytes.length : -1;
      if (!bytes) continue;
      if (scratch.length - filled < bytes.length) scratch = Buffer.concat([scratch.subarray(0, filled)], 2 * scratch.length);
      scratch.set(bytes, filled);
      filled += bytes.length;
    }
    return { lengths, buffer: new Uint8Array(scratch.buffer, scratch.byteOffset, filled).slice().buffer };
  };
  const claim = (block: number) => Atomics.compareExchange(cells, claimed, block, block + 1) === block;
  const take = (block: number): Block => {
    // Unclaimed: read it here rather than wait.
    if (claim(block)) return readHere(block);
    const since = Date.now();
    for (;;) {
      const seen = Atomics.load(cells, posted);
      drain();
      const got = arrived.get(block);
      if (got) {
        arrived.delete(block);
        return got;
      }
      // While a thread reads the block, read the next one no thread has claimed, rather than wait
      // (within the window, as the threads).
      const next = Atomics.load(cells, claimed);
      if (next < blocks && next - block < window && claim(next)) {
        arrived.set(next, readHere(next));
        continue;
      }
      if (Date.now() - since > patienceMs) return readHere(block);
      Atomics.wait(cells, posted, seen, 100);
    }
  };

  return {
    next() {
      if (file >= paths.length) return undefined;
      const block = Math.floor(file / blockSize);
      if (current?.block !== block) {
        const { lengths, buffer } = take(block);
        current = { block, lengths, bytes: new Uint8Array(buffer), index: 0, offset: 0 };
        Atomics.store(cells, used, block);
        Atomics.notify(cells, used);
      }
      const length = current.lengths[current.index]!;
      current.index += 1;
      file += 1;
      if (length < 0) return undefined;
      current.offset += length;
      return current.bytes.subarray(current.offset - length, current.offset);
    },
    close() {
      // Threads still reading stop at once; their blocks are no longer wanted.
      Atomics.store(cells, claimed, blocks);
      for (const worker of workers) void worker.terminate();
      for (const port of ports) port.close();
    },
  };
}
