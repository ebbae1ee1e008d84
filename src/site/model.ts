import type { CollectionName, RecordOf } from "../lib/collections.js";
import { dateForOrdering } from "../lib/dates.js";
import { statisticRelations } from "../lib/relations.js";

/** What the site is built from: every collection's validated records (the package's own, or any valid dataset). */
export type SiteDataset = { readonly [K in CollectionName]: readonly RecordOf<K>[] };

export type Event = RecordOf<"events">;
export type Participation = RecordOf<"participations">;
export type Statistic = RecordOf<"statistics">;

/** The collections with a page per record, each under `<collection>/<id>.html`. */
export const pagedCollections = ["events", "people", "organizations", "programs", "agreements", "mechanisms", "indicators"] as const;
export type PagedCollection = (typeof pagedCollections)[number];

/** Where each page is, relative to the site's root. Ids and codes are slugs, safe as file names. */
export const routes = {
  home: "index.html",
  timeline: "timeline.html",
  search: "search.html",
  downloads: "downloads.html",
  sources: "sources/index.html",
  countries: "countries/index.html",
  country: (code: string) => `countries/${code.toLowerCase()}.html`,
  list: (collection: PagedCollection) => `${collection}/index.html`,
  record: (collection: PagedCollection, id: string) => `${collection}/${id}.html`,
  source: (id: string) => `sources/index.html#${id}`,
  statistic: (statistic: Pick<Statistic, "id" | "indicator">) => `indicators/${statistic.indicator}.html#${statistic.id}`,
};

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly (string | undefined)[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      if (key === undefined) continue;
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

const byId = <T extends { id: string }>(records: readonly T[]) => new Map<string, T>(records.map((record) => [record.id, record]));

const newestFirst = (a: Event, b: Event) => {
  const [x, y] = [dateForOrdering(a.date), dateForOrdering(b.date)];
  return x < y ? 1 : x > y ? -1 : a.id < b.id ? -1 : 1;
};

/**
 * Every relation the pages show, indexed once so that building the site stays linear in the
 * number of records: lookups by id, and the records that point at each record.
 */
export function siteModel(dataset: SiteDataset) {
  const events = [...dataset.events].sort(newestFirst);
  const oldestFirst = (list: readonly Event[] = []) => [...list].reverse();
  const participations = dataset.participations;
  return {
    dataset,
    events,
    source: byId(dataset.sources),
    organization: byId(dataset.organizations),
    person: byId(dataset.people),
    program: byId(dataset.programs),
    agreement: byId(dataset.agreements),
    mechanism: byId(dataset.mechanisms),
    event: byId(dataset.events),
    indicator: byId(dataset.indicators),
    statistic: byId(dataset.statistics),
    participantsOf: groupBy(participations, (p) => [p.event]),
    participationsOfPerson: groupBy(participations, (p) => [p.person]),
    participationsOfOrganization: groupBy(participations, (p) => [p.organization]),
    // Events newest first, in every index below (they are filled in that order).
    eventsWithCountry: groupBy(events, (e) => e.counterpartCountries ?? []),
    eventsWithOrganization: groupBy(events, (e) => e.counterpartOrganizations ?? []),
    eventsOfMechanism: groupBy(events, (e) => [e.session?.mechanism]),
    eventsWithProgram: groupBy(events, (e) => e.programs ?? []),
    eventsWithAgreement: groupBy(events, (e) => (e.agreements ?? []).map((a) => a.agreement)),
    partsOf: groupBy(events, (e) => [e.partOf]),
    oldestFirst,
    agreementsWithCountry: groupBy(dataset.agreements, (a) => a.partyCountries ?? []),
    agreementsWithOrganization: groupBy(dataset.agreements, (a) => a.partyOrganizations ?? []),
    mechanismsWithCountry: groupBy(dataset.mechanisms, (m) => m.countries ?? []),
    mechanismsWithOrganization: groupBy(dataset.mechanisms, (m) => m.organizations ?? []),
    mechanismsUnderAgreement: groupBy(dataset.mechanisms, (m) => [m.agreement]),
    childMechanisms: groupBy(dataset.mechanisms, (m) => [m.parent]),
    organizationsOfCountry: groupBy(dataset.organizations, (o) => [o.country]),
    childOrganizations: groupBy(dataset.organizations, (o) => [o.parent]),
    statisticsOfIndicator: groupBy(dataset.statistics, (s) => [s.indicator]),
    statisticsAtEvent: groupBy(dataset.statistics, (s) => [s.reportedAt]),
    statisticsByPerson: groupBy(dataset.statistics, (s) => [s.reportedBy]),
    statisticsByOrganization: groupBy(dataset.statistics, (s) => [s.reportedByOrganization]),
    statisticsNamingAgreement: groupBy(dataset.statistics, (s) => s.agreements ?? []),
    ...statisticRelations(dataset),
  };
}

export type SiteModel = ReturnType<typeof siteModel>;

/** Every country the records name (a counterpart, a party, an organization's country), by code: each has a page. */
export function countriesNamed(model: SiteModel): string[] {
  const { eventsWithCountry, agreementsWithCountry, mechanismsWithCountry, organizationsOfCountry } = model;
  return [...new Set([...eventsWithCountry.keys(), ...agreementsWithCountry.keys(), ...mechanismsWithCountry.keys(), ...organizationsOfCountry.keys()])].sort();
}
