import { dateForOrdering, isAfter } from "../dates.js";
import type { Problem } from "../problem.js";
import type { DatasetRule, Entry } from "../rule.js";

export default {
  kind: "dataset",
  id: "session/order",
  description: "The numbered sessions of a mechanism are one event each, and a later number is not held before an earlier one.",
  check({ valid }) {
    const problems: Problem[] = [];
    const byMechanism = new Map<string, Entry<"events">[]>();
    for (const entry of valid("events", ["session", "date"])) {
      if (entry.record.session?.number === undefined) continue;
      const list = byMechanism.get(entry.record.session.mechanism) ?? [];
      byMechanism.set(entry.record.session.mechanism, list);
      list.push(entry);
    }
    for (const [mechanism, sessions] of byMechanism) {
      sessions.sort((a, b) => a.record.session!.number! - b.record.session!.number!);
      sessions.forEach(({ index, record }, i) => {
        const previous = sessions[i - 1];
        if (!previous) return;
        const [number, before] = [record.session!.number!, previous.record.session!.number!];
        if (number === before) {
          problems.push({
            collection: "events", index, path: ["session", "number"], rule: this.id,
            message: `"${previous.record.id}" is already session ${number} of "${mechanism}"`,
            hint: "one event per session: merge the two, or correct the number",
            related: { collection: "events", index: previous.index },
          });
        } else if (isAfter(dateForOrdering(previous.record.date), dateForOrdering(record.date))) {
          problems.push({
            collection: "events", index, path: ["session", "number"], rule: this.id,
            message: `session ${number} of "${mechanism}" is dated before session ${before} ("${previous.record.id}")`,
            hint: "check the session numbers and the dates",
          });
        }
      });
    }
    return problems;
  },
} satisfies DatasetRule;
