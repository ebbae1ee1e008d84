import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "participation/no-participant",
  description: "A participation names its participant: a person, or a name in the source and/or an organization.",
  check({ valid }) {
    return valid("participations", ["person", "nameInSource", "organization"])
      .filter(({ record }) => !record.person && !record.nameInSource && !record.organization)
      .map(({ index }) => ({
        collection: "participations" as const, index, path: [], rule: this.id,
        message: "names no participant",
        hint: 'give "person", or "nameInSource" and/or "organization" when the source does not identify who it was',
      }));
  },
} satisfies DatasetRule;
