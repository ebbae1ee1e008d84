import { countryName } from "./format.js";
import { countriesNamed, routes, type SiteModel } from "./model.js";

/** One thing the search finds: a person, organization, event, country, programme, agreement, mechanism or indicator. */
export interface SearchDocument {
  id: string;
  type: string;
  title: string;
  /** Other names, titles held, summaries: what else the search matches. */
  text: string;
  url: string;
}

/** The documents of the client-side search (MiniSearch indexes them in the browser): names, titles and summaries. */
export function searchDocuments(model: SiteModel): SearchDocument[] {
  const { dataset } = model;
  const titlesOf = (personId: string) => [...new Set((model.participationsOfPerson.get(personId) ?? []).map((p) => p.title).filter(Boolean))];
  return [
    ...dataset.people.map((p) => ({ id: `person:${p.id}`, type: "Person", title: p.name, text: [...(p.otherNames ?? []), p.originalScript?.name, ...titlesOf(p.id)].filter(Boolean).join("; "), url: routes.record("people", p.id) })),
    ...dataset.events.map((e) => ({ id: `event:${e.id}`, type: "Event", title: e.title, text: e.summary, url: routes.record("events", e.id) })),
    ...dataset.organizations.map((o) => ({ id: `organization:${o.id}`, type: "Organization", title: o.name, text: (o.otherNames ?? []).join("; "), url: routes.record("organizations", o.id) })),
    ...countriesNamed(model).map((code) => ({ id: `country:${code}`, type: "Country", title: countryName(code), text: code, url: routes.country(code) })),
    ...dataset.programs.map((p) => ({ id: `program:${p.id}`, type: "Programme", title: p.name, text: [...(p.otherNames ?? []), p.description].join("; "), url: routes.record("programs", p.id) })),
    ...dataset.agreements.map((a) => ({ id: `agreement:${a.id}`, type: "Agreement", title: a.title, text: [...(a.otherNames ?? []), a.subject].join("; "), url: routes.record("agreements", a.id) })),
    ...dataset.mechanisms.map((m) => ({ id: `mechanism:${m.id}`, type: "Mechanism", title: m.name, text: [...(m.otherNames ?? []), m.description].filter(Boolean).join("; "), url: routes.record("mechanisms", m.id) })),
    ...dataset.indicators.map((i) => ({ id: `indicator:${i.id}`, type: "Indicator", title: i.name, text: i.definition, url: routes.record("indicators", i.id) })),
  ];
}
