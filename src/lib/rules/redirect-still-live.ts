import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "redirect/still-live",
  description: "A retired id is not the id of a live record.",
  check({ valid, ids }) {
    return valid("redirects", ["id", "collection"])
      .filter(({ record }) => ids[record.collection].has(record.id))
      .map(({ index, record }) => ({
        collection: "redirects" as const, index, path: ["id"], rule: this.id,
        message: `"${record.id}" is retired but a ${record.collection} record still has that id`,
        hint: "remove the redirect, or the record",
      }));
  },
} satisfies DatasetRule;
