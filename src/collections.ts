import type * as z from "zod";
import { eventSchema } from "./schemas/event.js";
import { indicatorSchema } from "./schemas/indicator.js";
import { organizationSchema } from "./schemas/organization.js";
import { participationSchema } from "./schemas/participation.js";
import { personSchema } from "./schemas/person.js";
import { programSchema } from "./schemas/program.js";
import { redirectSchema } from "./schemas/redirect.js";
import { sourceSchema } from "./schemas/source.js";
import { statisticSchema } from "./schemas/statistic.js";

/**
 * Every collection: its folder under data/ (the key), the entity its records are (which names the
 * generated schema file, `schemas/<entity>.schema.json`), and its zod schema. Order is the order of
 * the exports and of the README: things that others point at come first.
 */
export const collections = {
  sources: { entity: "source", schema: sourceSchema },
  organizations: { entity: "organization", schema: organizationSchema },
  people: { entity: "person", schema: personSchema },
  programs: { entity: "program", schema: programSchema },
  events: { entity: "event", schema: eventSchema },
  participations: { entity: "participation", schema: participationSchema },
  indicators: { entity: "indicator", schema: indicatorSchema },
  statistics: { entity: "statistic", schema: statisticSchema },
  redirects: { entity: "redirect", schema: redirectSchema },
} as const;

export type CollectionName = keyof typeof collections;

export const collectionNames = Object.keys(collections) as CollectionName[];

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(collections, name);
}

/** The records of every collection, typed. */
export type Dataset = { [K in CollectionName]: z.infer<(typeof collections)[K]["schema"]>[] };

/** What validateDataset accepts: the same shape, before anything is known of the records. */
export type UncheckedDataset = { [K in CollectionName]?: readonly unknown[] };

/** A field that holds the id of a record in another collection; "*" steps into every item of a list. */
export interface Reference {
  from: CollectionName;
  path: readonly string[];
  to: CollectionName;
}

export const references: readonly Reference[] = [
  { from: "organizations", path: ["parent"], to: "organizations" },
  { from: "events", path: ["counterpartOrganizations", "*"], to: "organizations" },
  { from: "events", path: ["programs", "*"], to: "programs" },
  { from: "participations", path: ["event"], to: "events" },
  { from: "participations", path: ["person"], to: "people" },
  { from: "participations", path: ["organization"], to: "organizations" },
  { from: "statistics", path: ["indicator"], to: "indicators" },
  { from: "statistics", path: ["reportedAt"], to: "events" },
  { from: "statistics", path: ["reportedBy"], to: "people" },
  ...collectionNames
    .filter((name) => "citations" in collections[name].schema.shape)
    .map((from) => ({ from, path: ["citations", "*", "source"], to: "sources" as const })),
];
