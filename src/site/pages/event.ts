import { citations, counterparts, eventList, facts, participant, recordLink, sourcesSection } from "../components.js";
import { countryName, knownDate, valueText, words } from "../format.js";
import { html, join } from "../html.js";
import { linker, type Page } from "../layout.js";
import { routes, type Event, type SiteModel } from "../model.js";

function place(event: Event) {
  const location = event.location;
  if (location.status === "unknown") return html`<span class="unknown">Place unknown</span>${location.basis ? html` <span class="how">(${location.basis})</span>` : ""}`;
  const where = [location.venue, location.city, location.country && countryName(location.country)].filter(Boolean).join(", ");
  const mode = location.mode === "virtual" ? "by video link" : location.mode === "hybrid" ? "in person and by video link" : location.mode === "in-person" ? "in person" : undefined;
  const text = [where, mode].filter(Boolean).join(", ") || "Place given only in part";
  return location.status === "inferred" ? html`${text} <span class="how">(inferred: ${location.basis})</span>` : html`${text}`;
}

/** An event: when and where with how we know, participants with their titles then, the session, agreements, programmes, outcomes, figures, sources. */
export function eventPage(model: SiteModel, event: Event): Page {
  const path = routes.record("events", event.id);
  const to = linker(path);
  const participants = model.participantsOf.get(event.id) ?? [];
  const figures = model.statisticsAtEvent.get(event.id) ?? [];
  const parts = model.oldestFirst(model.partsOf.get(event.id));
  const session = event.session;
  const body = html`<p class="summary">${event.summary}</p>
${facts([
  ["Kind", words(event.kind)],
  ["Date", event.endDate ? html`${knownDate(event.date)} to ${knownDate(event.endDate)}` : knownDate(event.date)],
  ["Place", place(event)],
  ["Counterparts", event.counterpartCountries || event.counterpartOrganizations ? counterparts(model, event, to) : undefined],
  ["Part of", event.partOf && recordLink(model, "events", event.partOf, to)],
  ["Session", session && html`${session.number ? `Session ${session.number} of ` : "A session of "}${recordLink(model, "mechanisms", session.mechanism, to)}`],
  ["Topics", event.topics && join(event.topics.map(words))],
])}
<section aria-labelledby="participants"><h2 id="participants">Participants</h2>
${participants.length === 0 ? html`<p>The records name no participant.</p>` : html`<table class="participants">
<caption>Who took part, with the title and organization the source gives at the time</caption>
<thead><tr><th scope="col">Participant</th><th scope="col">Title then</th><th scope="col">Organization then</th><th scope="col">Role</th><th scope="col">Side</th><th scope="col">Source</th></tr></thead>
<tbody>${participants.map(
  (p) => html`<tr id="${p.id}"><td>${participant(model, p, to)}</td><td>${p.title ?? ""}</td><td>${p.organization && (p.person || p.nameInSource) ? recordLink(model, "organizations", p.organization, to) : ""}</td><td>${words(p.role)}</td><td>${words(p.side)}</td><td>${citations(model, p.citations, to)}</td></tr>`,
)}</tbody></table>`}
</section>
${event.outcomes ? html`<section aria-labelledby="outcomes"><h2 id="outcomes">Outcomes</h2><ul>${event.outcomes.map((o) => html`<li>${o}</li>`)}</ul></section>` : ""}
${event.agreements ? html`<section aria-labelledby="agreements"><h2 id="agreements">Agreements</h2><ul>${event.agreements.map((a) => html`<li>${recordLink(model, "agreements", a.agreement, to)}: ${a.action}</li>`)}</ul></section>` : ""}
${event.programs ? html`<section aria-labelledby="programmes"><h2 id="programmes">Programmes and initiatives</h2><ul>${event.programs.map((id) => html`<li>${recordLink(model, "programs", id, to)}</li>`)}</ul></section>` : ""}
${event.anniversaries ? html`<section aria-labelledby="anniversaries"><h2 id="anniversaries">Anniversaries</h2><ul>${event.anniversaries.map((a) => html`<li>${a.years} years of ${a.subject}, in ${knownDate(a.year)}</li>`)}</ul></section>` : ""}
${figures.length > 0 ? html`<section aria-labelledby="figures"><h2 id="figures">Figures reported</h2><ul>${figures.map((s) => {
  const indicator = model.indicator.get(s.indicator);
  return html`<li><a href="${to(routes.statistic(s))}">${indicator?.name ?? s.indicator}</a>: ${valueText(s, indicator?.unit ?? "")}${s.kind === "target" ? " (target)" : ""}</li>`;
})}</ul></section>` : ""}
${parts.length > 0 ? html`<section aria-labelledby="parts"><h2 id="parts">Held during it</h2>${eventList(model, parts, to)}</section>` : ""}
${sourcesSection(model, event.citations, to)}`;
  return { path, title: event.title, body };
}
