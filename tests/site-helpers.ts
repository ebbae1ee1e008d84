import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDataset } from "../src/build/build.js";
import { buildSite } from "../src/site/build.js";
import type { SiteDataset } from "../src/site/model.js";
import { root } from "./helpers.js";

/**
 * The records of data/ with the made-up contribution fixture added (a mechanism and its numbered
 * session, an agreement, a range target, money, a citation with a locator), validated as the build
 * validates: whatever data/ holds, the site is tested on a valid dataset with every kind of record.
 */
export function siteTestDataset(): SiteDataset {
  const scratch = mkdtempSync(join(tmpdir(), "sti-site-data-"));
  try {
    cpSync(join(root, "data"), join(scratch, "data"), { recursive: true });
    cpSync(join(root, "tests", "fixtures", "contribution"), join(scratch, "data"), { recursive: true });
    const loaded = loadDataset(join(scratch, "data"));
    if (!loaded.dataset) throw new Error(`the site's test data is invalid: ${loaded.problems.map((p) => p.message).join("; ")}`);
    return loaded.dataset;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Builds the site of a dataset into a fresh temporary folder, with the downloads of this repository. */
export function buildTestSite(dataset: SiteDataset): { folder: string; remove: () => void } {
  const scratch = mkdtempSync(join(tmpdir(), "sti-site-"));
  const folder = join(scratch, "site");
  buildSite(dataset, { out: folder, version: "0.0.0-test", downloadsFrom: root });
  return { folder, remove: () => rmSync(scratch, { recursive: true, force: true }) };
}
