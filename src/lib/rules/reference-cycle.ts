import type { Problem } from "../problem.js";
import type { DatasetRule } from "../rule.js";

/** No record is its own ancestor through a field that points into its own collection (parent, partOf). */
export default {
  kind: "dataset",
  id: "reference/cycle",
  description: "No record is its own ancestor through a field that points into its own collection (an organization's parent, an event's partOf).",
  check({ references, valid, byId }) {
    const problems: Problem[] = [];
    for (const { from, path, to } of references) {
      if (from !== to || path.length !== 1) continue;
      const [field] = path as [string];
      const up = (record: unknown) => (record as Record<string, unknown> | undefined)?.[field] as string | undefined;
      for (const { index, record } of valid(from, ["id", field])) {
        const own = (record as { id: string }).id;
        const visited = new Set<string>();
        // Each member of a cycle is reported, not the records below it.
        for (let next = up(record); next && !visited.has(next); next = up(byId(from, next, ["id", field]))) {
          if (next === own) {
            problems.push({
              collection: from, index, path: [field], rule: this.id,
              message: `"${own}" is its own ancestor through its ${field} chain`,
              hint: `one of the ${field} links in the chain is wrong`,
            });
            break;
          }
          visited.add(next);
        }
      }
    }
    return problems;
  },
} satisfies DatasetRule;
