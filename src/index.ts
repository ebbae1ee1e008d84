// The package's root entry: every collection's records and lookups, the relation helpers, and
// everything in "/schemas". Importing one collection, lookup, helper or code list from here bundles
// that alone: each part is in a module of its own, and the package has no side effects.
export * from "./lib/generated/records/index.js";
export type * from "./lib/generated/ids.js";
export type { Lookup } from "./lib/lookup.js";
export * from "./lib/relations.js";
export * from "./lib/schemas/index.js";
