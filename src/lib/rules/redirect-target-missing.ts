import { nearest } from "../hints.js";
import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "redirect/target-missing",
  description: "A redirect points at a live record of the same collection.",
  check({ valid, ids }) {
    return valid("redirects", ["collection", "to"])
      .filter(({ record }) => !ids[record.collection].has(record.to))
      .map(({ index, record }) => {
        const near = nearest(record.to, ids[record.collection].keys());
        return {
          collection: "redirects" as const, index, path: ["to"], rule: this.id,
          message: `no ${record.collection} record has the id "${record.to}"`,
          hint: near ? `did you mean "${near}"?` : "a redirect points at a live record",
        };
      });
  },
} satisfies DatasetRule;
