import { readdirSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { collectionNames, isCollectionName, type CollectionName } from "../lib/collections.js";
import { keepFile } from "./loader.js";

/** A data folder as given, and its real path. */
export interface DataRoot {
  path: string;
  real: string;
}

/**
 * The record files of data folders known from the folder listings alone, no file opened: since a
 * record's id is its file name (file/name-mismatch), the names are the ids.
 */
export interface RecordListing {
  roots: DataRoot[];
  /** By collection, for each root in the order given: the ids its record files are named after (`<id>.json`). */
  ids: Record<CollectionName, Set<string>[]>;
}

/** The id a record file is named after: its name without ".json". */
export const idOf = (name: string) => name.slice(0, -".json".length);

/**
 * Lists data folders laid out as `<folder>/<collection>/<id>.json`, regular files only; anything a
 * full walk would read otherwise or report (a link, a folder inside a collection folder, a stray
 * file, a record file outside a collection folder) is returned as `irregular`, in words. Roots
 * given twice (by real path) are listed once, as a walk reads a file once.
 */
export function listRecordFiles(paths: readonly string[]): RecordListing | { irregular: string } {
  const roots: DataRoot[] = [];
  for (const path of paths) {
    const real = realpathSync(path);
    if (!roots.some((root) => root.real === real)) roots.push({ path, real });
  }
  const ids = Object.fromEntries(collectionNames.map((name) => [name, [] as Set<string>[]])) as RecordListing["ids"];
  const irregular = (path: string) => ({ irregular: `${path} is not laid out as <folder>/<collection>/<id>.json` });
  try {
    for (const root of roots) {
      for (const name of collectionNames) ids[name].push(new Set());
      for (const entry of readdirSync(root.path, { withFileTypes: true })) {
        const path = join(root.path, entry.name);
        // What a walk passes over in a data folder: hidden entries, and files that are not .json.
        if (entry.name.startsWith(".") || (entry.isFile() && !entry.name.endsWith(".json") && !isCollectionName(entry.name))) continue;
        if (!entry.isDirectory() || !isCollectionName(entry.name)) return irregular(path);
        const listed = ids[entry.name].at(-1)!;
        for (const file of readdirSync(path, { withFileTypes: true })) {
          if (file.name === keepFile) continue;
          if (!file.isFile() || file.name.startsWith(".") || !file.name.endsWith(".json")) return irregular(join(path, file.name));
          listed.add(idOf(file.name));
        }
      }
    }
  } catch (error) {
    return { irregular: `a folder cannot be listed (${(error as Error).message})` };
  }
  return { roots, ids };
}
