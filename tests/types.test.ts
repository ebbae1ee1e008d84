import { describe, expectTypeOf, it } from "vitest";
import type { CollectionName, RecordOf } from "../src/lib/collections.js";
import type * as types from "../src/lib/generated/types.js";

// The record types the build writes out (src/lib/generated/types.ts) against the types zod infers
// from the same schemas; `npm test` type-checks this file, so a mismatch fails it.
type Written = {
  sources: types.Source;
  organizations: types.Organization;
  people: types.Person;
  programs: types.Program;
  agreements: types.Agreement;
  mechanisms: types.Mechanism;
  events: types.Event;
  participations: types.Participation;
  indicators: types.Indicator;
  statistics: types.Statistic;
  redirects: types.Redirect;
};
type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
type Keys<T> = T extends object ? keyof T : never;

describe("the written record types", () => {
  it("name every collection", () => {
    expectTypeOf<keyof Written>().toEqualTypeOf<CollectionName>();
  });

  it("have every field of the schema, and no other", () => {
    expectTypeOf<{ [K in CollectionName]: Keys<Written[K]> }>().toEqualTypeOf<{ [K in CollectionName]: Keys<RecordOf<K>> }>();
  });

  it("are valid records of their schema: no field wider than it allows", () => {
    expectTypeOf<{ [K in CollectionName]: Written[K] extends DeepReadonly<RecordOf<K>> ? true : false }>().toEqualTypeOf<{ [K in CollectionName]: true }>();
  });

  it("are readonly throughout", () => {
    expectTypeOf<{ [K in CollectionName]: Written[K] }>().toEqualTypeOf<{ [K in CollectionName]: DeepReadonly<Written[K]> }>();
  });
});
