import { citations, countryLink, eventList, facts, otherNames, recordLink, sourcesSection } from "../components.js";
import { shortDate, words } from "../format.js";
import { html } from "../html.js";
import { linker, type Page } from "../layout.js";
import { routes, type SiteModel } from "../model.js";
import type { RecordOf } from "../../lib/collections.js";

/** An organization: where it sits, the events it was a counterpart in, who took part for it, its agreements and mechanisms. */
export function organizationPage(model: SiteModel, organization: RecordOf<"organizations">): Page {
  const path = routes.record("organizations", organization.id);
  const to = linker(path);
  const children = model.childOrganizations.get(organization.id) ?? [];
  const people = (model.participationsOfOrganization.get(organization.id) ?? []).map((p) => ({ p, event: model.event.get(p.event)! }));
  const agreements = model.agreementsWithOrganization.get(organization.id) ?? [];
  const mechanisms = model.mechanismsWithOrganization.get(organization.id) ?? [];
  const body = html`${facts([
    ["Kind", words(organization.kind)],
    ["Also written", otherNames(organization.otherNames)],
    ["Country", organization.country && countryLink(organization.country, to)],
    ["Part of", organization.parent && recordLink(model, "organizations", organization.parent, to)],
    ["Parts", children.length > 0 && html`<ul>${children.map((c) => html`<li>${recordLink(model, "organizations", c.id, to)}</li>`)}</ul>`],
  ])}
<section aria-labelledby="counterpart-events"><h2 id="counterpart-events">Events with it as counterpart</h2>${eventList(model, model.eventsWithOrganization.get(organization.id) ?? [], to)}</section>
<section aria-labelledby="participants"><h2 id="participants">Taking part for it</h2>
${people.length === 0 ? html`<p>None in the records.</p>` : html`<table>
<caption>Participations tied to ${organization.name}, as the sources give them</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Participant</th><th scope="col">Title then</th><th scope="col">Source</th></tr></thead>
<tbody>${people.map(
  ({ p, event }) => html`<tr><td class="date">${shortDate(event.date)}</td><td><a href="${to(routes.record("events", event.id))}">${event.title}</a></td><td>${p.person ? recordLink(model, "people", p.person, to) : (p.nameInSource ?? html`<span class="how">the organization itself</span>`)}</td><td>${p.title ?? ""}</td><td>${citations(model, p.citations, to)}</td></tr>`,
)}</tbody></table>`}
</section>
${agreements.length > 0 ? html`<section aria-labelledby="agreements"><h2 id="agreements">Agreements</h2><ul>${agreements.map((a) => html`<li>${recordLink(model, "agreements", a.id, to)}</li>`)}</ul></section>` : ""}
${mechanisms.length > 0 ? html`<section aria-labelledby="mechanisms"><h2 id="mechanisms">Mechanisms</h2><ul>${mechanisms.map((m) => html`<li>${recordLink(model, "mechanisms", m.id, to)}</li>`)}</ul></section>` : ""}
${sourcesSection(model, organization.citations, to)}`;
  return { path, title: organization.name, body };
}
