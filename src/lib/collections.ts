import type * as z from "zod";
import { agreementSchema } from "./schemas/agreement.js";
import { eventSchema } from "./schemas/event.js";
import { indicatorSchema } from "./schemas/indicator.js";
import { mechanismSchema } from "./schemas/mechanism.js";
import { organizationSchema } from "./schemas/organization.js";
import { participationSchema } from "./schemas/participation.js";
import { personSchema } from "./schemas/person.js";
import { programSchema } from "./schemas/program.js";
import { redirectSchemaFor } from "./schemas/redirect.js";
import { sourceSchema } from "./schemas/source.js";
import { statisticSchema } from "./schemas/statistic.js";

// Each collection's schema module is also re-exported from here, for the "/schemas" entry.
export * from "./schemas/agreement.js";
export * from "./schemas/event.js";
export * from "./schemas/indicator.js";
export * from "./schemas/mechanism.js";
export * from "./schemas/organization.js";
export * from "./schemas/participation.js";
export * from "./schemas/person.js";
export * from "./schemas/program.js";
export * from "./schemas/source.js";
export * from "./schemas/statistic.js";

/**
 * The registry of collections: everything else (the redirect enum, the typed modules and subpath
 * entries, schema file names, exports, README tables, the benchmark's generator) is derived from it.
 * Adding a collection is adding a line here, its schema module and its folder under data/.
 *
 * Key: the folder under data/ and the name of its export. entity: what one record is, naming
 * `schemas/<entity>.schema.json` and the `<Entity>Id` type. Order: things others point at first.
 */
const recordCollections = {
  sources: { entity: "source", schema: sourceSchema },
  organizations: { entity: "organization", schema: organizationSchema },
  people: { entity: "person", schema: personSchema },
  programs: { entity: "program", schema: programSchema },
  agreements: { entity: "agreement", schema: agreementSchema },
  mechanisms: { entity: "mechanism", schema: mechanismSchema },
  events: { entity: "event", schema: eventSchema },
  participations: { entity: "participation", schema: participationSchema },
  indicators: { entity: "indicator", schema: indicatorSchema },
  statistics: { entity: "statistic", schema: statisticSchema },
} as const;

type RecordCollection = keyof typeof recordCollections;

/** The collections whose records can be retired and leave a redirect: all of the above. */
export const redirectableCollections = Object.keys(recordCollections) as [RecordCollection, ...RecordCollection[]];

export const redirectSchema = redirectSchemaFor(redirectableCollections);

const registry = { ...recordCollections, redirects: { entity: "redirect", schema: redirectSchema } } as const;

export type CollectionName = keyof typeof registry;

export interface Collection<K extends CollectionName = CollectionName> {
  /** The folder under data/ and the name of the export. */
  name: K;
  entity: (typeof registry)[K]["entity"];
  schema: (typeof registry)[K]["schema"];
  /** `<entity>.schema.json`, under schemas/. */
  schemaFile: string;
  /** Whether a retired id of this collection can leave a redirect. */
  redirectable: boolean;
  /** Whether its records cite sources (have `citations`). */
  cited: boolean;
}

export const collections = Object.fromEntries(
  Object.entries(registry).map(([name, { entity, schema }]) => [
    name,
    { name, entity, schema, schemaFile: `${entity}.schema.json`, redirectable: name in recordCollections, cited: "citations" in schema.shape },
  ]),
) as { [K in CollectionName]: Collection<K> };

export const collectionNames = Object.keys(registry) as CollectionName[];

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(registry, name);
}

/** One record of a collection, as its schema defines it. */
export type RecordOf<K extends CollectionName> = z.infer<(typeof registry)[K]["schema"]>;

/** The records of every collection, typed. */
export type Dataset = { [K in CollectionName]: RecordOf<K>[] };

/** What validateDataset accepts: the same shape, before anything is known of the records. */
export type UncheckedDataset = { [K in CollectionName]?: readonly unknown[] };
