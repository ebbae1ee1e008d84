import type { Problem } from "../problem.js";
import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "participation/duplicate",
  description: "A person takes part in an event once: one participation per person and event.",
  check({ valid }) {
    const problems: Problem[] = [];
    const seen = new Map<string, Map<string, number>>();
    for (const { index, record } of valid("participations", ["event", "person"])) {
      if (!record.person) continue;
      const people = seen.get(record.event) ?? new Map<string, number>();
      seen.set(record.event, people);
      const first = people.get(record.person);
      if (first === undefined) people.set(record.person, index);
      else {
        problems.push({
          collection: "participations", index, path: ["person"], rule: this.id,
          message: `"${record.person}" already takes part in "${record.event}"`,
          hint: "one participation per person and event: merge the two",
          related: { collection: "participations", index: first },
        });
      }
    }
    return problems;
  },
} satisfies DatasetRule;
