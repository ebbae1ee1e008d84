import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "statistic/horizon",
  description: "Only a target has a horizon: an achieved value is not due at a date.",
  check({ valid }) {
    return valid("statistics", ["kind", "horizon"])
      .filter(({ record }) => record.kind !== "target" && record.horizon !== undefined)
      .map(({ index }) => ({
        collection: "statistics" as const, index, path: ["horizon"], rule: this.id,
        message: "an achieved value has a horizon",
        hint: 'make it kind "target", or remove the horizon',
      }));
  },
} satisfies DatasetRule;
