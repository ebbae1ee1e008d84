import { countryLink } from "../components.js";
import { shortDate, words } from "../format.js";
import { html } from "../html.js";
import { linker, type Page } from "../layout.js";
import { routes, type SiteModel } from "../model.js";
import { dateForOrdering } from "../../lib/dates.js";

const byName = <T extends { name: string }>(records: readonly T[]) => [...records].sort((a, b) => a.name.localeCompare(b.name, "en"));

/** The index pages of the collections with a page per record, each a table sorted by name. */
export function listPages(model: SiteModel): Page[] {
  const { dataset } = model;
  const page = (collection: Parameters<typeof routes.list>[0], title: string, intro: string, head: string[], rows: (to: ReturnType<typeof linker>) => ReturnType<typeof html>[]): Page => {
    const path = routes.list(collection);
    const to = linker(path);
    return {
      path,
      title,
      body: html`<p>${intro}</p>${rows(to).length === 0 ? html`<p>None in the records yet.</p>` : html`<table><caption>${title}</caption><thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows(to)}</tbody></table>`}`,
    };
  };
  const link = (collection: Parameters<typeof routes.record>[0], id: string, label: string, to: ReturnType<typeof linker>) => html`<a href="${to(routes.record(collection, id))}">${label}</a>`;
  return [
    page("people", "People", "Everyone the sources name, with the number of events each took part in.", ["Name", "Events"], (to) =>
      byName(dataset.people).map((p) => html`<tr><td>${link("people", p.id, p.name, to)}</td><td class="number">${new Set((model.participationsOfPerson.get(p.id) ?? []).map((x) => x.event)).size}</td></tr>`),
    ),
    page("organizations", "Organizations", "Ministries, departments, embassies, international organizations and outlets the sources name.", ["Name", "Kind", "Country"], (to) =>
      byName(dataset.organizations).map((o) => html`<tr><td>${link("organizations", o.id, o.name, to)}</td><td>${words(o.kind)}</td><td>${o.country ? countryLink(o.country, to) : ""}</td></tr>`),
    ),
    page("indicators", "Indicators", "Defined measures of cooperation; each page draws every reported value with its source.", ["Indicator", "Unit", "Values"], (to) =>
      byName(dataset.indicators).map((i) => html`<tr><td>${link("indicators", i.id, i.name, to)}</td><td>${i.unit}</td><td class="number">${model.statisticsOfIndicator.get(i.id)?.length ?? 0}</td></tr>`),
    ),
    page("programs", "Programmes and initiatives", "Programmes, plans, platforms and initiatives the sources name.", ["Name", "Kind", "Launched"], (to) =>
      byName(dataset.programs).map((p) => html`<tr><td>${link("programs", p.id, p.name, to)}</td><td>${words(p.kind)}</td><td>${p.launched ? shortDate(p.launched) : ""}</td></tr>`),
    ),
    page("agreements", "Agreements", "Intergovernmental agreements, memorandums and protocols on S&T cooperation.", ["Title", "Kind", "Signed"], (to) =>
      [...dataset.agreements].sort((a, b) => a.title.localeCompare(b.title, "en")).map((a) => html`<tr><td>${link("agreements", a.id, a.title, to)}</td><td>${words(a.kind)}</td><td>${a.signed ? shortDate(a.signed) : ""}</td></tr>`),
    ),
    page("mechanisms", "Mechanisms", "Standing mechanisms that meet in numbered sessions: joint committees, commissions, ministerial meetings.", ["Name", "Kind", "Sessions"], (to) =>
      byName(dataset.mechanisms).map((m) => html`<tr><td>${link("mechanisms", m.id, m.name, to)}</td><td>${words(m.kind)}</td><td class="number">${model.eventsOfMechanism.get(m.id)?.length ?? 0}</td></tr>`),
    ),
  ];
}

/** Every source: what it is, who published it and when, and its address. */
export function sourcesPage(model: SiteModel): Page {
  const path = routes.sources;
  const sources = [...model.dataset.sources].sort((a, b) => {
    const [x, y] = [a.published ? dateForOrdering(a.published) : "", b.published ? dateForOrdering(b.published) : ""];
    return x < y ? 1 : x > y ? -1 : a.id < b.id ? -1 : 1;
  });
  const body = html`<p>The pages and documents the records are drawn from, newest first. A citation names the paragraph: the n-th non-blank line of the page, counting its breadcrumb and headline.</p>
<ul class="sources">${sources.map(
  (s) => html`<li id="${s.id}"><a href="${s.url}" rel="external noopener">${s.title}</a>${s.titleIsOurs ? html` <span class="how">(our title: the page shows none)</span>` : ""}
<br><span class="kind">${words(s.kind)}</span>${s.publisher ? html`, ${s.publisher}` : ""}${s.published ? html`, published ${shortDate(s.published)}` : ""}, in <span>${s.language}</span>${
    s.originalLanguage ? html` (translated from ${s.originalLanguage}${s.machineTranslated ? ", by machine" : ""})` : ""
  }${s.partial ? html`; the copy we read was partial` : ""}${s.notes ? html`<br><span class="how">${s.notes}</span>` : ""}</li>`,
)}</ul>`;
  return { path, title: "Sources", body };
}
