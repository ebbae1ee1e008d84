import { eachValueAtPathOf } from "../json-path.js";
import type { Problem } from "../problem.js";
import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "reference/retired",
  description: "A reference does not use a retired id; the redirect names the id to use.",
  check({ dataset, references, retired, ids }) {
    const problems: Problem[] = [];
    if (retired.size === 0) return problems;
    for (const { from, path, to } of references) {
      eachValueAtPathOf(dataset[from] ?? [], path, (id, at, index) => {
        const replacement = typeof id === "string" && !ids[to].has(id) ? retired.get(`${to}\u0000${id}`) : undefined;
        if (replacement === undefined) return;
        problems.push({ collection: from, index, path: [...at], rule: this.id, message: `the ${to} id "${id as string}" is retired`, hint: `use "${replacement}"` });
      });
    }
    return problems;
  },
} satisfies DatasetRule;
