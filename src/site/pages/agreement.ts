import { countryLink, eventList, facts, otherNames, recordLink, sourcesSection } from "../components.js";
import { knownDate, valueText, words } from "../format.js";
import { html, join } from "../html.js";
import { linker, type Page } from "../layout.js";
import { routes, type SiteModel } from "../model.js";
import type { RecordOf } from "../../lib/collections.js";

/** An agreement: parties, subject, signing, the events it came up at, mechanisms set up under it. */
export function agreementPage(model: SiteModel, agreement: RecordOf<"agreements">): Page {
  const path = routes.record("agreements", agreement.id);
  const to = linker(path);
  const mechanisms = model.mechanismsUnderAgreement.get(agreement.id) ?? [];
  const figures = model.statisticsNamingAgreement.get(agreement.id) ?? [];
  const body = html`<p class="summary">${agreement.subject}</p>
${facts([
  ["Kind", words(agreement.kind)],
  ["Title", agreement.titleIsOurs ? "ours: the source gives it no name" : "as the source gives it"],
  ["Also written", otherNames(agreement.otherNames)],
  ["Parties", join([...(agreement.partyCountries ?? []).map((c) => countryLink(c, to)), ...(agreement.partyOrganizations ?? []).map((id) => recordLink(model, "organizations", id, to))])],
  ["Signed", agreement.signed && knownDate(agreement.signed)],
  ["Mechanisms under it", mechanisms.length > 0 && join(mechanisms.map((m) => recordLink(model, "mechanisms", m.id, to)))],
])}
<section aria-labelledby="events"><h2 id="events">Events</h2>${eventList(model, model.eventsWithAgreement.get(agreement.id) ?? [], to)}</section>
${figures.length > 0 ? html`<section aria-labelledby="figures"><h2 id="figures">Figures that name it</h2><ul>${figures.map((s) => html`<li><a href="${to(routes.statistic(s))}">${valueText(s, model.indicator.get(s.indicator)?.unit ?? "")}</a></li>`)}</ul></section>` : ""}
${sourcesSection(model, agreement.citations, to)}`;
  return { path, title: agreement.title, body };
}
