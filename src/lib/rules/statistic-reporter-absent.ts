import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "statistic/reporter-absent",
  description: "Whoever reported a statistic at an event took part in that event.",
  check({ valid }) {
    const present = new Set(valid("participations", ["event", "person"]).map(({ record }) => `${record.event}\u0000${record.person}`));
    return valid("statistics", ["reportedAt", "reportedBy"])
      .filter(({ record }) => record.reportedAt && record.reportedBy && !present.has(`${record.reportedAt}\u0000${record.reportedBy}`))
      .map(({ index, record }) => ({
        collection: "statistics" as const, index, path: ["reportedBy"], rule: this.id,
        message: `"${record.reportedBy}" has no participation in "${record.reportedAt}"`,
        hint: "add the participation, or correct reportedAt or reportedBy",
      }));
  },
} satisfies DatasetRule;
