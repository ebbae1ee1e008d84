import { countryName } from "../format.js";
import { html } from "../html.js";
import { linker, type Page } from "../layout.js";
import { counterpartCountries, routes, type SiteModel } from "../model.js";

/** The index of counterpart countries, with how many events and agreements each has. */
export function countriesPage(model: SiteModel): Page {
  const path = routes.countries;
  const to = linker(path);
  const codes = counterpartCountries(model).sort((a, b) => countryName(a).localeCompare(countryName(b), "en"));
  const intergovernmental = model.dataset.organizations.filter((o) => model.eventsWithOrganization.has(o.id) && !o.country);
  const body = html`<p>Every country the records name as a counterpart in an event, or as a party to an agreement or mechanism.</p>
<table class="countries">
<caption>Counterpart countries</caption>
<thead><tr><th scope="col">Country</th><th scope="col">Code</th><th scope="col">Events</th><th scope="col">Agreements</th></tr></thead>
<tbody>${codes.map(
  (code) => html`<tr><td><a href="${to(routes.country(code))}">${countryName(code)}</a></td><td><code>${code}</code></td><td class="number">${model.eventsWithCountry.get(code)?.length ?? 0}</td><td class="number">${model.agreementsWithCountry.get(code)?.length ?? 0}</td></tr>`,
)}</tbody></table>
${intergovernmental.length > 0 ? html`<h2>International organizations as counterparts</h2><ul>${intergovernmental.map(
  (o) => html`<li><a href="${to(routes.record("organizations", o.id))}">${o.name}</a> (${model.eventsWithOrganization.get(o.id)!.length} events)</li>`,
)}</ul>` : ""}`;
  return { path, title: "Counterpart countries", body };
}
