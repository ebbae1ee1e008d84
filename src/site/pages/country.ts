import { eventList, recordLink } from "../components.js";
import { countryName, shortDate } from "../format.js";
import { html } from "../html.js";
import { linker, type Page } from "../layout.js";
import { routes, type SiteModel } from "../model.js";

/** A country: every event with it as counterpart, its agreements and mechanisms, its organizations in the records. */
export function countryPage(model: SiteModel, code: string): Page {
  const path = routes.country(code);
  const to = linker(path);
  const agreements = model.agreementsWithCountry.get(code) ?? [];
  const mechanisms = model.mechanismsWithCountry.get(code) ?? [];
  const organizations = model.organizationsOfCountry.get(code) ?? [];
  const body = html`<p>ISO 3166-1 code <code>${code}</code>.</p>
<section aria-labelledby="events"><h2 id="events">Events with it as counterpart</h2>${eventList(model, model.eventsWithCountry.get(code) ?? [], to)}</section>
<section aria-labelledby="agreements"><h2 id="agreements">Agreements</h2>${
    agreements.length === 0 ? html`<p>None in the records.</p>` : html`<ul>${agreements.map((a) => html`<li>${recordLink(model, "agreements", a.id, to)}${a.signed ? html` <span class="date">signed ${shortDate(a.signed)}</span>` : ""}</li>`)}</ul>`
  }</section>
${mechanisms.length > 0 ? html`<section aria-labelledby="mechanisms"><h2 id="mechanisms">Mechanisms</h2><ul>${mechanisms.map((m) => html`<li>${recordLink(model, "mechanisms", m.id, to)}</li>`)}</ul></section>` : ""}
${organizations.length > 0 ? html`<section aria-labelledby="organizations"><h2 id="organizations">Organizations</h2><ul>${organizations.map((o) => html`<li>${recordLink(model, "organizations", o.id, to)}</li>`)}</ul></section>` : ""}`;
  return { path, title: countryName(code), body };
}
