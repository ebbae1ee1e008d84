import { countryLink, facts, otherNames, recordLink, sourcesSection } from "../components.js";
import { shortDate, words } from "../format.js";
import { html, join } from "../html.js";
import { linker, type Page } from "../layout.js";
import { routes, type SiteModel } from "../model.js";
import type { RecordOf } from "../../lib/collections.js";

/** A standing mechanism and its numbered sessions. */
export function mechanismPage(model: SiteModel, mechanism: RecordOf<"mechanisms">): Page {
  const path = routes.record("mechanisms", mechanism.id);
  const to = linker(path);
  const sessions = model.eventsOfMechanism.get(mechanism.id) ?? [];
  const children = model.childMechanisms.get(mechanism.id) ?? [];
  const body = html`${mechanism.description ? html`<p class="summary">${mechanism.description}</p>` : ""}
${facts([
  ["Kind", words(mechanism.kind)],
  ["Also written", otherNames(mechanism.otherNames)],
  ["Countries", mechanism.countries && join(mechanism.countries.map((c) => countryLink(c, to)))],
  ["Organizations", mechanism.organizations && join(mechanism.organizations.map((id) => recordLink(model, "organizations", id, to)))],
  ["Part of", mechanism.parent && recordLink(model, "mechanisms", mechanism.parent, to)],
  ["Parts", children.length > 0 && join(children.map((m) => recordLink(model, "mechanisms", m.id, to)))],
  ["Set up under", mechanism.agreement && recordLink(model, "agreements", mechanism.agreement, to)],
])}
<section aria-labelledby="sessions"><h2 id="sessions">Sessions</h2>${
    sessions.length === 0 ? html`<p>None in the records.</p>` : html`<ol class="events">${sessions.map(
      (e) => html`<li><span class="date">${shortDate(e.date)}</span> ${e.session!.number ? html`<span class="session">Session ${e.session!.number}:</span> ` : ""}<a href="${to(routes.record("events", e.id))}">${e.title}</a></li>`,
    )}</ol>`
  }</section>
${sourcesSection(model, mechanism.citations, to)}`;
  return { path, title: mechanism.name, body };
}
