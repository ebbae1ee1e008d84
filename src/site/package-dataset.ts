import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { collectionNames } from "../lib/collections.js";
import * as records from "../lib/generated/records/index.js";
import type { SiteDataset } from "./model.js";

/** The package root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The package's own records, as the build last wrote them (validated), and its version. */
export function packageDataset(): { dataset: SiteDataset; version: string } {
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  return { dataset: Object.fromEntries(collectionNames.map((name) => [name, records[name]])) as unknown as SiteDataset, version };
}
