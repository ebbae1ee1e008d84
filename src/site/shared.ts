// What the pages and their scripts agree on: kept here, free of imports, so that the scripts stay small.

/** The timeline's filters: each is a URL parameter, a <select> named after it, and a `data-` attribute on every event. */
export const timelineFilters = ["year", "country", "organization", "official", "kind", "mechanism"] as const;
export type TimelineFilter = (typeof timelineFilters)[number];

/** The year filter's value for an event whose year the records do not tell. */
export const unknownYear = "unknown";

/** The global that assets/search-data.js sets to the search documents (a script, not JSON, so that it loads from file://). */
export const searchGlobal = "stiSearchDocuments";

/** MiniSearch's options, the same for every page. */
export const searchOptions = {
  fields: ["title", "text"],
  storeFields: ["type", "title", "url"],
  // Typos forgiven in words of four letters or more; a short word matches only as it is typed.
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: (term: string) => (term.length > 3 ? 0.2 : false) },
};
