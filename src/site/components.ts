import { citationLink } from "../build/citation-link.js";
import type { RecordOf } from "../lib/collections.js";
import { countryName, shortDate, words } from "./format.js";
import { html, join, type Html } from "./html.js";
import type { Linker } from "./layout.js";
import { routes, type Event, type PagedCollection, type Participation, type SiteModel } from "./model.js";

type Citation = RecordOf<"events">["citations"][number];

/** Every citation as a link that opens the source at the cited passage, with the paragraph and the words. */
export function citations(model: SiteModel, list: readonly Citation[], to: Linker): Html {
  return html`<ul class="citations">${list.map((citation) => {
    const source = model.source.get(citation.source);
    if (!source) return html`<li>${citation.source}, paragraph ${citation.paragraph}</li>`;
    return html`<li><a class="citation" href="${citationLink(source.url, citation.locator)}" rel="external noopener" data-source="${source.id}">${source.title}</a>, paragraph ${citation.paragraph}${
      citation.locator ? html`: <q>${citation.locator}</q>` : ""
    } <a class="about-source" href="${to(routes.source(source.id))}">about this source</a></li>`;
  })}</ul>`;
}

/** A "Sources" section for a record's own citations. */
export function sourcesSection(model: SiteModel, list: readonly Citation[], to: Linker): Html {
  return html`<section aria-labelledby="sources"><h2 id="sources">Sources</h2>${citations(model, list, to)}</section>`;
}

export const countryLink = (code: string, to: Linker): Html => html`<a href="${to(routes.country(code))}">${countryName(code)}</a>`;

// What a record of each paged collection is called on a link to it.
const labels: Record<PagedCollection, (model: SiteModel, id: string) => string | undefined> = {
  events: (model, id) => model.event.get(id)?.title,
  people: (model, id) => model.person.get(id)?.name,
  organizations: (model, id) => model.organization.get(id)?.name,
  programs: (model, id) => model.program.get(id)?.name,
  agreements: (model, id) => model.agreement.get(id)?.title,
  mechanisms: (model, id) => model.mechanism.get(id)?.name,
  indicators: (model, id) => model.indicator.get(id)?.name,
};

/** A link to a record's page, labelled with its name or title. */
export function recordLink(model: SiteModel, collection: PagedCollection, id: string, to: Linker): Html {
  return html`<a href="${to(routes.record(collection, id))}">${labels[collection](model, id) ?? id}</a>`;
}

/** Who took part: the person, else the name the source gives, else the organization alone. */
export function participant(model: SiteModel, p: Participation, to: Linker): Html {
  if (p.person) return recordLink(model, "people", p.person, to);
  if (p.nameInSource) return html`<span class="unidentified">${p.nameInSource}</span> <span class="how">(not identified)</span>`;
  return p.organization ? recordLink(model, "organizations", p.organization, to) : html``;
}

/** The counterparts of an event: countries and organizations, linked. */
export function counterparts(model: SiteModel, event: Event, to: Linker): Html {
  return join([
    ...(event.counterpartCountries ?? []).map((code) => countryLink(code, to)),
    ...(event.counterpartOrganizations ?? []).map((id) => recordLink(model, "organizations", id, to)),
  ]);
}

/** A list of events, in the order given: date, title, kind and counterparts. */
export function eventList(model: SiteModel, events: readonly Event[], to: Linker): Html {
  if (events.length === 0) return html`<p>None in the records.</p>`;
  return html`<ol class="events">${events.map(
    (event) => html`<li><span class="date">${shortDate(event.date)}</span> <a href="${to(routes.record("events", event.id))}">${event.title}</a> <span class="kind">${words(event.kind)}</span>${
      event.counterpartCountries || event.counterpartOrganizations ? html` <span class="with">with ${counterparts(model, event, to)}</span>` : ""
    }</li>`,
  )}</ol>`;
}

/** A definition list of label and value pairs, leaving out empty values. */
export function facts(rows: readonly [string, Html | string | undefined | false][]): Html {
  const shown = rows.filter(([, value]) => value !== undefined && value !== false && value !== "");
  return html`<dl class="facts">${shown.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;
}

/** Other names a record goes by. */
export const otherNames = (names: readonly string[] | undefined): string | undefined => names?.join("; ");
