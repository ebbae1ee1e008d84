import { countryName } from "../format.js";
import { html } from "../html.js";
import { linker, type Page } from "../layout.js";
import { countriesNamed, routes, type SiteModel } from "../model.js";

/** The index of countries, counterparts first in mind: how many events, agreements and organizations each has. */
export function countriesPage(model: SiteModel): Page {
  const path = routes.countries;
  const to = linker(path);
  const codes = countriesNamed(model).sort((a, b) => countryName(a).localeCompare(countryName(b), "en"));
  const intergovernmental = model.dataset.organizations.filter((o) => model.eventsWithOrganization.has(o.id) && !o.country);
  const count = (index: ReadonlyMap<string, readonly unknown[]>, code: string) => index.get(code)?.length ?? 0;
  const body = html`<p>Every country the records name: as the counterpart in an event, a party to an agreement or mechanism, or the country of an organization.</p>
<table class="countries">
<caption>Countries, with the events they were a counterpart in</caption>
<thead><tr><th scope="col">Country</th><th scope="col">Code</th><th scope="col">Events as counterpart</th><th scope="col">Agreements</th><th scope="col">Organizations</th></tr></thead>
<tbody>${codes.map(
  (code) => html`<tr><td><a href="${to(routes.country(code))}">${countryName(code)}</a></td><td><code>${code}</code></td><td class="number">${count(model.eventsWithCountry, code)}</td><td class="number">${count(model.agreementsWithCountry, code)}</td><td class="number">${count(model.organizationsOfCountry, code)}</td></tr>`,
)}</tbody></table>
${intergovernmental.length > 0 ? html`<h2>International organizations as counterparts</h2><ul>${intergovernmental.map(
  (o) => html`<li><a href="${to(routes.record("organizations", o.id))}">${o.name}</a> (${model.eventsWithOrganization.get(o.id)!.length} events)</li>`,
)}</ul>` : ""}`;
  return { path, title: "Countries", body };
}
