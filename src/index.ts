// The package's root entry: every collection's records and lookups, the relation helpers, the
// schemas and validateDataset. Importing one collection from here bundles that collection alone.
export * from "./lib/generated/records/index.js";
export type * from "./lib/generated/ids.js";
export type { Lookup } from "./lib/lookup.js";
export { eventsOf, participantsOf, reportedOn, seriesOf, statisticDate, type SeriesOptions } from "./lib/relations.js";
export { dateForOrdering, type KnownDate } from "./lib/dates.js";
export * from "./lib/schemas/index.js";
export { references, type Reference } from "./lib/references.js";
export type { Problem } from "./lib/problem.js";
export type { RuleOptions } from "./lib/rule.js";
export { validateDataset } from "./lib/validate.js";
