import { eachValueAtPathOf } from "../json-path.js";
import type { Problem } from "../problem.js";
import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "reference/unresolved",
  description: "Every id a record refers to is the id of a record in the collection the field points at.",
  check({ dataset, references, retired, ids, nearestId }) {
    const problems: Problem[] = [];
    for (const { from, path, to } of references) {
      const known = ids[to];
      eachValueAtPathOf(dataset[from] ?? [], path, (id, at, index) => {
        if (typeof id !== "string" || known.has(id) || retired.has(`${to}\u0000${id}`)) return;
        const near = nearestId(to, id);
        problems.push({
          collection: from, index, path: [...at], rule: this.id,
          message: `no ${to} record has the id "${id}"`,
          hint: near ? `did you mean "${near}"?` : id === "" ? `write the id of a record in ${to}` : `add data/${to}/${id}.json, or correct the id`,
        });
      });
    }
    return problems;
  },
} satisfies DatasetRule;
