import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { layout, type Page } from "./layout.js";
import { pagedCollections, routes, siteModel, countriesNamed, type SiteDataset, type SiteModel } from "./model.js";
import { agreementPage } from "./pages/agreement.js";
import { countriesPage } from "./pages/countries.js";
import { countryPage } from "./pages/country.js";
import { downloadsPage } from "./pages/downloads.js";
import { eventPage } from "./pages/event.js";
import { homePage } from "./pages/home.js";
import { indicatorPage } from "./pages/indicator.js";
import { listPages, sourcesPage } from "./pages/lists.js";
import { mechanismPage } from "./pages/mechanism.js";
import { organizationPage } from "./pages/organization.js";
import { personPage } from "./pages/person.js";
import { programPage } from "./pages/program.js";
import { redirectPage } from "./pages/redirect.js";
import { searchPage } from "./pages/search.js";
import { timelinePage } from "./pages/timeline.js";
import { searchDocuments } from "./search-index.js";
import { searchGlobal } from "./shared.js";

const here = dirname(fileURLToPath(import.meta.url));

/** The folders of the package root copied beside the site for the downloads page. */
export const downloadFolders = ["exports", "schemas"] as const;

/** Every page of the site, from the records: one module per kind of page. */
export function sitePages(model: SiteModel, downloads: readonly string[] = []): Page[] {
  const { dataset } = model;
  const pages: Page[] = [
    homePage(model),
    timelinePage(model),
    searchPage(),
    downloadsPage(model, downloads),
    countriesPage(model),
    sourcesPage(model),
    ...listPages(model),
    ...dataset.events.map((event) => eventPage(model, event)),
    ...dataset.people.map((person) => personPage(model, person)),
    ...dataset.organizations.map((organization) => organizationPage(model, organization)),
    ...dataset.programs.map((program) => programPage(model, program)),
    ...dataset.agreements.map((agreement) => agreementPage(model, agreement)),
    ...dataset.mechanisms.map((mechanism) => mechanismPage(model, mechanism)),
    ...dataset.indicators.map((indicator) => indicatorPage(model, indicator)),
    ...countriesNamed(model).map((code) => countryPage(model, code)),
  ];
  // A retired id keeps its page, which sends the reader on.
  for (const redirect of dataset.redirects) {
    const collection = pagedCollections.find((name) => name === redirect.collection);
    if (collection) pages.push(redirectPage(routes.record(collection, redirect.id), routes.record(collection, redirect.to)));
  }
  return pages;
}

/** The browser scripts, each bundled with what it imports (MiniSearch for the search). */
function scripts(): Map<string, string> {
  const result = buildSync({
    entryPoints: { timeline: join(here, "client", "timeline.ts"), search: join(here, "client", "search.ts") },
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
    outdir: "assets",
    legalComments: "none",
  });
  return new Map(result.outputFiles.map((file) => [`assets/${file.path.split("/").pop()}`, file.text]));
}

const listFiles = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split("\\").join("/"));

export interface SiteOptions {
  /** The folder to write; replaced whole, by rename, once every file is written beside it. */
  out: string;
  /** The data version shown in each page's footer. */
  version: string;
  /** A package root whose exports/ and schemas/ are copied into the site and listed on the downloads page. */
  downloadsFrom?: string;
}

/** Writes the whole site from a validated dataset. Returns the number of pages. */
export function buildSite(dataset: SiteDataset, options: SiteOptions): number {
  const model = siteModel(dataset);
  const downloads = options.downloadsFrom === undefined ? [] : downloadFolders.flatMap((folder) => listFiles(join(options.downloadsFrom!, folder)).map((file) => `${folder}/${file}`));
  const pages = sitePages(model, downloads);
  const files = new Map<string, string>([
    ["assets/style.css", readFileSync(join(here, "assets", "style.css"), "utf8")],
    ["assets/search-data.js", `globalThis.${searchGlobal} = ${JSON.stringify(searchDocuments(model))};\n`],
    ...scripts(),
  ]);
  for (const page of pages) files.set(page.path, layout(page, options.version));

  const staging = `${options.out}.staging`;
  rmSync(staging, { recursive: true, force: true });
  const folders = new Set([...files.keys()].map((path) => dirname(join(staging, path))));
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  for (const [path, text] of files) writeFileSync(join(staging, path), text);
  for (const folder of options.downloadsFrom === undefined ? [] : downloadFolders) cpSync(join(options.downloadsFrom!, folder), join(staging, folder), { recursive: true });

  const previous = `${options.out}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(options.out)) renameSync(options.out, previous);
  renameSync(staging, options.out);
  rmSync(previous, { recursive: true, force: true });
  return pages.length;
}
