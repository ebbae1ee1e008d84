import { counterparts } from "../components.js";
import { countryName, shortDate, words, yearOf } from "../format.js";
import { html } from "../html.js";
import { linker, type Page } from "../layout.js";
import { routes, type Event, type SiteModel } from "../model.js";
import { timelineFilters, unknownYear, type TimelineFilter } from "../shared.js";

/**
 * The values an event has for each filter (several for countries, organizations and officials).
 * A "MOST official" is a person on the Chinese side, as README's coverage counts them.
 */
export function filterValues(model: SiteModel, event: Event): Record<TimelineFilter, string[]> {
  const officials = (model.participantsOf.get(event.id) ?? []).filter((p) => p.side === "china" && p.person).map((p) => p.person!);
  return {
    year: [yearOf(event.date) ?? unknownYear],
    country: [...(event.counterpartCountries ?? [])],
    organization: [...(event.counterpartOrganizations ?? [])],
    official: [...new Set(officials)],
    kind: [event.kind],
    mechanism: event.session ? [event.session.mechanism] : [],
  };
}

const labels: Record<TimelineFilter, string> = {
  year: "Year",
  country: "Counterpart country",
  organization: "Counterpart organization",
  official: "MOST official",
  kind: "Kind of event",
  mechanism: "Mechanism",
};

/** Every event, newest first by year, with filters whose state is kept in the page's address. */
export function timelinePage(model: SiteModel): Page {
  const path = routes.timeline;
  const to = linker(path);
  const values = new Map(model.events.map((event) => [event.id, filterValues(model, event)]));
  const byYear = new Map<string, Event[]>();
  for (const event of model.events) {
    const year = values.get(event.id)!.year[0]!;
    byYear.set(year, [...(byYear.get(year) ?? []), event]);
  }
  // Known years newest first; events whose year is not known last.
  const years = [...byYear.keys()].sort((a, b) => (a === unknownYear ? 1 : b === unknownYear ? -1 : a < b ? 1 : -1));
  const present = (filter: TimelineFilter) => new Set(model.events.flatMap((event) => values.get(event.id)![filter]));
  const nameOf: Record<TimelineFilter, (value: string) => string> = {
    year: (value) => (value === unknownYear ? "Year not known" : value),
    country: countryName,
    organization: (id) => model.organization.get(id)?.name ?? id,
    official: (id) => model.person.get(id)?.name ?? id,
    kind: words,
    mechanism: (id) => model.mechanism.get(id)?.name ?? id,
  };
  const options = (filter: TimelineFilter) => {
    const list = [...present(filter)].map((value) => ({ value, label: nameOf[filter](value) }));
    return filter === "year" ? list.sort((a, b) => years.indexOf(a.value) - years.indexOf(b.value)) : list.sort((a, b) => a.label.localeCompare(b.label, "en"));
  };

  const body = html`<p>Every event in the records, newest first. An event whose date is unknown is placed by the latest date it can have.</p>
<form class="filters" id="filters" hidden>
<fieldset><legend>Filter the events</legend>
${timelineFilters.map((filter) => {
  const list = options(filter);
  return list.length === 0 ? "" : html`<div class="filter"><label for="filter-${filter}">${labels[filter]}</label>
<select id="filter-${filter}" name="${filter}"><option value="">Any</option>${list.map((o) => html`<option value="${o.value}">${o.label}</option>`)}</select></div>`;
})}
<div class="filter"><button type="reset">Show all</button></div>
</fieldset>
</form>
<p id="filter-status" role="status">${model.events.length} events.</p>
<noscript><p>Filtering needs JavaScript. Every event is listed below by year; the pages of each country, person and organization list theirs.</p></noscript>
<nav aria-label="Years" class="years"><ul>${years.map((year) => html`<li><a href="#year-${year}">${nameOf.year(year)}</a></li>`)}</ul></nav>
${years.map(
  (year) => html`<section class="year" id="year-${year}" aria-labelledby="heading-${year}"><h2 id="heading-${year}">${nameOf.year(year)}</h2>
<ol class="events">${byYear.get(year)!.map((event) => {
    const v = values.get(event.id)!;
    return html`<li class="event" ${timelineFilters.map((filter) => html`data-${filter}="${v[filter].join(" ")}" `)}><span class="date">${shortDate(event.date)}</span> <a href="${to(routes.record("events", event.id))}">${event.title}</a> <span class="kind">${words(event.kind)}</span>${
      event.counterpartCountries || event.counterpartOrganizations ? html` <span class="with">with ${counterparts(model, event, to)}</span>` : ""
    }<p class="summary">${event.summary}</p></li>`;
  })}</ol></section>`,
)}`;
  return { path, title: "Timeline", body, scripts: ["timeline.js"] };
}
