import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { collectionNames, collections, type CollectionName, type Dataset } from "../src/lib/collections.js";

export const root = join(import.meta.dirname, "..");

/** Every record of data/, read straight from the files (with "$schema"), by collection. */
export function recordFiles(): { collection: CollectionName; file: string; json: Record<string, unknown> }[] {
  return collectionNames.flatMap((collection) =>
    readdirSync(join(root, "data", collection))
      .filter((name) => name.endsWith(".json"))
      .map((name) => ({
        collection,
        file: `data/${collection}/${name}`,
        json: JSON.parse(readFileSync(join(root, "data", collection, name), "utf8")) as Record<string, unknown>,
      })),
  );
}

/** The dataset as the package ships it: records without "$schema". */
export function dataset(): Dataset {
  const grouped = Object.fromEntries(collectionNames.map((name) => [name, [] as unknown[]]));
  for (const { collection, json } of recordFiles()) {
    const { $schema: _, ...record } = json;
    grouped[collection]!.push(record);
  }
  return grouped as unknown as Dataset;
}

/** ajv (strict, draft 2020-12) with every committed schema, keyed by collection. */
export function ajvValidators() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return Object.fromEntries(
    collectionNames.map((name) => [name, ajv.compile(JSON.parse(readFileSync(join(root, "schemas", collections[name].schemaFile), "utf8")))]),
  ) as Record<CollectionName, ReturnType<typeof ajv.compile>>;
}

/** The first fenced code block of README.md after a heading, without its fences. */
export function readmeBlock(heading: string): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const after = readme.slice(readme.indexOf(`${heading}\n`));
  const block = /^```\w*\n([\s\S]*?)^```$/m.exec(after);
  if (!after.startsWith(heading) || !block) throw new Error(`README has no code block after "${heading}"`);
  return block[1]!;
}
