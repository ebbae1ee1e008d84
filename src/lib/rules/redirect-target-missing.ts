import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "redirect/target-missing",
  description: "A redirect points at a live record of the same collection.",
  check({ valid, ids, nearestId }) {
    return valid("redirects", ["collection", "to"])
      .filter(({ record }) => !ids[record.collection].has(record.to))
      .map(({ index, record }) => {
        const near = nearestId(record.collection, record.to);
        return {
          collection: "redirects" as const, index, path: ["to"], rule: this.id,
          message: `no ${record.collection} record has the id "${record.to}"`,
          hint: near ? `did you mean "${near}"?` : "a redirect points at a live record",
        };
      });
  },
} satisfies DatasetRule;
