import { citations, facts, otherNames, recordLink, sourcesSection } from "../components.js";
import { shortDate, valueText, words } from "../format.js";
import { html } from "../html.js";
import { linker, type Page } from "../layout.js";
import { routes, type SiteModel } from "../model.js";
import { dateForOrdering } from "../../lib/dates.js";
import type { RecordOf } from "../../lib/collections.js";

/** A person: every participation oldest first, with the title held at each, and the figures they reported. */
export function personPage(model: SiteModel, person: RecordOf<"people">): Page {
  const path = routes.record("people", person.id);
  const to = linker(path);
  const rows = (model.participationsOfPerson.get(person.id) ?? [])
    .map((p) => ({ p, event: model.event.get(p.event)! }))
    .sort((a, b) => (dateForOrdering(a.event.date) < dateForOrdering(b.event.date) ? -1 : dateForOrdering(a.event.date) > dateForOrdering(b.event.date) ? 1 : a.p.id < b.p.id ? -1 : 1));
  const figures = model.statisticsByPerson.get(person.id) ?? [];
  const body = html`${facts([
    ["Name in original script", person.originalScript && html`<span lang="${person.originalScript.language}">${person.originalScript.name}</span>`],
    ["Also written", otherNames(person.otherNames)],
  ])}
<section aria-labelledby="participations"><h2 id="participations">Participations</h2>
${rows.length === 0 ? html`<p>None in the records.</p>` : html`<table class="participations">
<caption>Every event ${person.name} took part in, oldest first, with the title the source gives at the time</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Title then</th><th scope="col">Organization then</th><th scope="col">Role</th><th scope="col">Source</th></tr></thead>
<tbody>${rows.map(
  ({ p, event }) => html`<tr><td class="date">${shortDate(event.date)}</td><td><a href="${to(routes.record("events", event.id))}">${event.title}</a></td><td>${p.title ?? ""}</td><td>${p.organization ? recordLink(model, "organizations", p.organization, to) : ""}</td><td>${words(p.role)}</td><td>${citations(model, p.citations, to)}</td></tr>`,
)}</tbody></table>`}
</section>
${figures.length > 0 ? html`<section aria-labelledby="figures"><h2 id="figures">Figures reported</h2><ul>${figures.map((s) => {
  const indicator = model.indicator.get(s.indicator);
  return html`<li><a href="${to(routes.statistic(s))}">${indicator?.name ?? s.indicator}</a>: ${valueText(s, indicator?.unit ?? "")}</li>`;
})}</ul></section>` : ""}
${sourcesSection(model, person.citations, to)}`;
  return { path, title: person.name, body };
}
