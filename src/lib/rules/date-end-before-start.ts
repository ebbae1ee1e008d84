import { dateForOrdering, isAfter } from "../dates.js";
import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "date/end-before-start",
  description: "An event's endDate is not before its date.",
  check({ valid }) {
    return valid("events", ["date", "endDate"])
      .filter(({ record }) => record.endDate && isAfter(dateForOrdering(record.date), dateForOrdering(record.endDate)))
      .map(({ index, record }) => ({
        collection: "events" as const, index, path: ["endDate"], rule: this.id,
        message: `the event ends (${dateForOrdering(record.endDate!)}) before it begins (${dateForOrdering(record.date)})`,
        hint: "swap the dates, or correct one",
      }));
  },
} satisfies DatasetRule;
