// `npm run site:screenshots`: pictures of the timeline, an event, a person and an indicator page for
// README, taken in headless Chromium from a fresh build of the site, into docs/screenshots/.
import { mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "./build.js";
import { chromiumMissing, hasChromium, launchChromium, serveStatic } from "./browser.js";
import { routes, siteModel, type SiteModel } from "./model.js";
import { packageDataset, root } from "./package-dataset.js";

/** The record with the most of something (ties: the first id), so that each picture shows a full page. */
function most<T extends { id: string }>(records: readonly T[], count: (record: T) => number): T | undefined {
  return [...records].sort((a, b) => count(b) - count(a) || (a.id < b.id ? -1 : 1))[0];
}

/** The pages pictured: file name and path in the site. */
function screenshotPages(model: SiteModel): [string, string][] {
  const { dataset } = model;
  const event = most(dataset.events, (e) => model.participantsOf.get(e.id)?.length ?? 0);
  const person = most(dataset.people, (p) => model.participationsOfPerson.get(p.id)?.length ?? 0);
  const indicator = most(dataset.indicators, (i) => model.statisticsOfIndicator.get(i.id)?.length ?? 0);
  return [
    ["timeline", routes.timeline],
    ...(event ? [["event", routes.record("events", event.id)] as [string, string]] : []),
    ...(person ? [["person", routes.record("people", person.id)] as [string, string]] : []),
    ...(indicator ? [["indicator", routes.record("indicators", indicator.id)] as [string, string]] : []),
  ];
}

if (!hasChromium()) {
  process.stderr.write(`${chromiumMissing}\n`);
  process.exit(1);
}
const { dataset, version } = packageDataset();
const folder = mkdtempSync(join(tmpdir(), "sti-site-"));
const out = join(root, "docs", "screenshots");
mkdirSync(out, { recursive: true });
const server = await serveStatic(join(folder, "site"));
const browser = await launchChromium();
try {
  buildSite(dataset, { out: join(folder, "site"), version });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  for (const [name, path] of screenshotPages(siteModel(dataset))) {
    await page.goto(server.url + path);
    // Written beside the picture, then renamed over it.
    const file = join(out, `${name}.png`);
    await page.screenshot({ path: `${file}.tmp.png` });
    renameSync(`${file}.tmp.png`, file);
    process.stdout.write(`${name}: ${path} -> docs/screenshots/${name}.png\n`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}
