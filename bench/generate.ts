import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { collectionNames, collections, type CollectionName } from "../src/lib/collections.js";
import { eachValueAtPath } from "../src/lib/json-path.js";
import { references } from "../src/lib/references.js";

type Records = Record<CollectionName, Record<string, unknown>[]>;

/** The records of data/, by collection, without "$schema". */
export function realDataset(dataDir: string): Records {
  return Object.fromEntries(
    collectionNames.map((name) => [
      name,
      readdirSync(join(dataDir, name))
        .filter((file) => file.endsWith(".json"))
        .map((file) => {
          const { $schema: _, ...record } = JSON.parse(readFileSync(join(dataDir, name, file), "utf8")) as Record<string, unknown>;
          return record;
        }),
    ]),
  ) as Records;
}

/**
 * A valid dataset of about `size` records with the real data's proportions: copies of the real
 * dataset, every id and every reference of copy n suffixed with "-n" (shortened to fit). Each copy is as valid as the
 * real data, and the collections, fields and references come from the registry and the schemas.
 */
export function syntheticDataset(real: Records, size: number): Records {
  const perCopy = collectionNames.reduce((sum, name) => sum + real[name].length, 0);
  const copies = Math.max(1, Math.round(size / perCopy));
  const out = Object.fromEntries(collectionNames.map((name) => [name, [] as Record<string, unknown>[]])) as Records;
  for (let n = 1; n <= copies; n += 1) {
    // Ids are at most 100 characters: a long one is shortened to make room for its copy's number.
    const suffix = (id: unknown) => `${String(id).slice(0, 99 - String(n).length).replace(/-+$/, "")}-${n}`;
    for (const name of collectionNames) {
      for (const record of real[name]) {
        const copy = structuredClone(record);
        copy.id = suffix(copy.id);
        if (name === "redirects") copy.to = suffix(copy.to);
        for (const { path } of references().filter((ref) => ref.from === name)) {
          eachValueAtPath(copy, path, (_, at) => {
            const holder = at.slice(0, -1).reduce<Record<string | number, unknown>>((value, step) => value[step] as Record<string | number, unknown>, copy);
            holder[at.at(-1)!] = suffix(holder[at.at(-1)!]);
          });
        }
        out[name].push(copy);
      }
    }
  }
  return out;
}

/** A dataset of one record that refers to no other (a source that republishes nothing): for start-up time. */
export function oneRecordDataset(real: Records): Records {
  const source = real.sources.find((record) => record.republishes === undefined);
  if (!source) throw new Error("no source record without references in data/");
  return Object.fromEntries(collectionNames.map((name) => [name, name === "sources" ? [source] : []])) as Records;
}

/** Writes the dataset one record a file, as in data/, and as one NDJSON file; returns the record count. */
export function writeDataset(dataset: Records, dataDir: string, ndjsonFile: string): number {
  let records = 0;
  const lines: string[] = [];
  for (const name of collectionNames) {
    mkdirSync(join(dataDir, name), { recursive: true });
    for (const record of dataset[name]) {
      const withSchema = { $schema: `../../schemas/${collections[name].schemaFile}`, ...record };
      writeFileSync(join(dataDir, name, `${String(record.id)}.json`), `${JSON.stringify(withSchema, null, 2)}\n`);
      lines.push(JSON.stringify({ collection: name, ...record }));
      records += 1;
    }
  }
  writeFileSync(ndjsonFile, `${lines.join("\n")}\n`);
  return records;
}
