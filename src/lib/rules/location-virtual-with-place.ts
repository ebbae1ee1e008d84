import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "location/virtual-with-place",
  description: "An event held by video link has no city or venue.",
  check({ valid }) {
    return valid("events", ["location"])
      .filter(({ record }) => record.location.status !== "unknown" && record.location.mode === "virtual" && (record.location.city || record.location.venue))
      .map(({ index }) => ({
        collection: "events" as const, index, path: ["location"], rule: this.id,
        message: "a virtual event has a city or venue",
        hint: 'use mode "hybrid" if some met in person, or remove the place',
      }));
  },
} satisfies DatasetRule;
