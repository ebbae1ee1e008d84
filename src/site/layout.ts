import { html, type Html } from "./html.js";
import { routes } from "./model.js";

/** One page of the site: where it goes, its title (the h1), and its content below the h1. */
export interface Page {
  path: string;
  title: string;
  body: Html;
  /** Scripts under assets/ that enhance the page; it works without them. */
  scripts?: readonly string[];
  /** Markup for the <head> (a redirect's refresh). */
  head?: Html;
}

/** Links from a page to another page of the site, relative, so that the site works from file:// and under any path. */
export type Linker = (target: string) => string;

export function linker(from: string): Linker {
  const base = "../".repeat(from.split("/").length - 1);
  return (target) => base + target;
}

export const siteName = "China's international STI cooperation";

const navigation: [string, string][] = [
  ["Timeline", routes.timeline],
  ["Countries", routes.countries],
  ["People", routes.list("people")],
  ["Organizations", routes.list("organizations")],
  ["Indicators", routes.list("indicators")],
  ["Downloads", routes.downloads],
];

/** The whole document: landmarks (banner, navigation, search, main, footer), a skip link, one h1. */
export function layout(page: Page, version: string): string {
  const to = linker(page.path);
  const current = (target: string) => (target === page.path ? html` aria-current="page"` : "");
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${siteName}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${to("assets/style.css")}">
${page.head}${(page.scripts ?? []).map((script) => html`<script defer src="${to(`assets/${script}`)}"></script>
`)}</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<a class="brand" href="${to(routes.home)}">${siteName}</a>
<nav aria-label="Main"><ul>${navigation.map(([label, target]) => html`<li><a href="${to(target)}"${current(target)}>${label}</a></li>`)}</ul></nav>
<form role="search" class="site-search" action="${to(routes.search)}" method="get">
<label for="site-search">Search</label> <input id="site-search" name="q" type="search" placeholder="Names, titles, summaries"> <button type="submit">Search</button>
</form>
</header>
<main id="main" tabindex="-1">
<h1>${page.title}</h1>
${page.body}
</main>
<footer class="site">
<p>Data version ${version}. Every fact cites the paragraph of its source; the links open the source at the passage where a browser supports it. <a href="${to(routes.sources)}">Sources</a> · <a href="${to(routes.downloads)}">Downloads</a></p>
</footer>
</body>
</html>
`.text;
}
