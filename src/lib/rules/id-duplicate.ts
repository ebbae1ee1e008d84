import { collectionNames } from "../collections.js";
import type { Problem } from "../problem.js";
import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "id/duplicate",
  description: "No two records of a collection share an id.",
  check({ dataset, ids }) {
    const problems: Problem[] = [];
    for (const collection of collectionNames) {
      (dataset[collection] ?? []).forEach((record, index) => {
        const id = (record as { id?: unknown } | null)?.id;
        const first = typeof id === "string" ? ids[collection].get(id) : undefined;
        if (first === undefined || first === index) return;
        problems.push({
          collection, index, path: ["id"], rule: this.id,
          message: `id "${String(id)}" is already used by another ${collection} record`,
          hint: "give this record its own id, or merge the two records",
          related: { collection, index: first },
        });
      });
    }
    return problems;
  },
} satisfies DatasetRule;
