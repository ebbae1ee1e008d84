import { html } from "../html.js";
import { linker, type Page } from "../layout.js";
import { routes } from "../model.js";

/** The search page: a form whose results a script fills in from the index in assets/search-data.js. */
export function searchPage(): Page {
  const path = routes.search;
  const to = linker(path);
  const body = html`<form class="search" action="${to(routes.search)}" method="get" role="search" aria-label="Search the records">
<label for="search-query">Names, titles and summaries</label> <input id="search-query" name="q" type="search" autocomplete="off"> <button type="submit">Search</button>
</form>
<p id="search-status" role="status"></p>
<ol id="search-results" class="results"></ol>
<noscript><p>Searching needs JavaScript. Without it, browse the <a href="${to(routes.list("people"))}">people</a>, <a href="${to(routes.list("organizations"))}">organizations</a>, <a href="${to(routes.countries)}">countries</a> and the <a href="${to(routes.timeline)}">timeline</a>.</p></noscript>`;
  return { path, title: "Search", body, scripts: ["search-data.js", "search.js"] };
}
