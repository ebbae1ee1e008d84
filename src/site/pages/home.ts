import { eventList } from "../components.js";
import { html } from "../html.js";
import { linker, type Page } from "../layout.js";
import { countriesNamed, routes, type SiteModel } from "../model.js";

/** The front page: what the records are, how many, where to start, the latest events. */
export function homePage(model: SiteModel): Page {
  const path = routes.home;
  const to = linker(path);
  const { dataset } = model;
  const counts: [string, number, string][] = [
    ["events", dataset.events.length, routes.timeline],
    ["people", dataset.people.length, routes.list("people")],
    ["organizations", dataset.organizations.length, routes.list("organizations")],
    ["countries", countriesNamed(model).length, routes.countries],
    ["indicators", dataset.indicators.length, routes.list("indicators")],
    ["programmes and initiatives", dataset.programs.length, routes.list("programs")],
    ["agreements", dataset.agreements.length, routes.list("agreements")],
    ["mechanisms", dataset.mechanisms.length, routes.list("mechanisms")],
    ["sources", dataset.sources.length, routes.sources],
  ];
  const body = html`<p class="summary">The meetings that officials of China's Ministry of Science and Technology (MOST) hold with foreign counterparts, who took part and with what title at the time, and the cooperation figures they announce. Every fact links to the paragraph of the source it comes from; what a source leaves open (no date, “more than 80”, “Mr. Wang”) stays open here.</p>
<ul class="counts">${counts.map(([label, n, target]) => html`<li><a href="${to(target)}"><strong>${n}</strong> ${label}</a></li>`)}</ul>
<section aria-labelledby="latest"><h2 id="latest">Latest events</h2>${eventList(model, model.events.slice(0, 10), to)}
<p><a href="${to(routes.timeline)}">All events, with filters</a></p></section>
<section aria-labelledby="data"><h2 id="data">The data</h2><p>The records are an open dataset: <a href="${to(routes.downloads)}">download them</a> as CSV, JSON or NDJSON with a Frictionless data package, or install the npm package <code>china-sti-cooperation</code>.</p></section>`;
  return { path, title: "China's international science, technology and innovation cooperation", body };
}
