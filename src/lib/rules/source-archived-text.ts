import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "source/archived-text-missing",
  description: "A source that names an archived text has that file beside the repository (checked where the caller can read archived texts).",
  check({ valid, options }) {
    const read = options.archivedText;
    if (!read) return [];
    return valid("sources", ["archivedText"])
      .filter(({ record }) => record.archivedText !== undefined && read(record.archivedText) === undefined)
      .map(({ index, record }) => ({
        collection: "sources" as const, index, path: ["archivedText"], rule: this.id,
        message: `the archived text "${record.archivedText}" is not there`,
        hint: "put the file in the archive folder (shared/seeds/), or pass --archive",
      }));
  },
} satisfies DatasetRule;
