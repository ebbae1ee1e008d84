import { dateForOrdering, isAfter } from "../dates.js";
import type { Problem } from "../problem.js";
import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "date/after-source",
  description: "An event does not begin after a page that reports it was published.",
  check({ valid, byId }) {
    const problems: Problem[] = [];
    for (const { index, record } of valid("events", ["date", "citations"])) {
      const date = dateForOrdering(record.date);
      for (const source of new Set(record.citations.map((citation) => citation.source))) {
        const published = byId("sources", source, ["published"])?.published;
        // A publication date we only know the latest bound of cannot show the event is later.
        if (!published || published.status === "unknown") continue;
        if (isAfter(date, published.value)) {
          problems.push({
            collection: "events", index, path: ["date"], rule: this.id,
            message: `the event is dated ${date}, after its source "${source}" was published (${published.value})`,
            hint: "check the date, or which source is cited",
          });
        }
      }
    }
    return problems;
  },
} satisfies DatasetRule;
