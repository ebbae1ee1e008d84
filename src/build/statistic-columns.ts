import type { CollectionName, Dataset, RecordOf } from "../lib/collections.js";
import type { KnownDate } from "../lib/dates.js";
import { referenceBasisValues, referenceDate, reportedDate } from "../lib/statistic-dates.js";
import { dateColumns, type Column } from "./columns.js";

type Statistic = Dataset["statistics"][number];

/** When each statistic was reported and the date its value refers to, computed once per dataset. */
export function statisticDates(dataset: Dataset) {
  const events = new Map(dataset.events.map((event) => [event.id, event.date]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source.published]));
  const dates = new Map(
    dataset.statistics.map((statistic) => {
      const reported = reportedDate(statistic, (id) => events.get(id), (id) => sources.get(id));
      return [statistic.id, { reported, reference: referenceDate(statistic, reported) }];
    }),
  );
  return (statistic: Statistic) => dates.get(statistic.id)!;
}

// A derived date as text: the stated or inferred value; empty when only bounds are known.
const textOf = (date: KnownDate | undefined) => (date && date.status !== "unknown" ? date.value : undefined);

/**
 * The dates a reader of a statistic needs without a join: the date its value refers to (as-of date,
 * period, or when reported) and when it was reported, each as text with its typed companions.
 */
export function statisticDateColumns(dataset: Dataset): Column<Statistic>[] {
  const datesOf = statisticDates(dataset);
  const referred = (s: Statistic) => datesOf(s).reference?.date;
  const reported = (s: Statistic) => datesOf(s).reported;
  return [
    {
      field: {
        name: "refers_to_kind",
        type: "string",
        description: "Where the date the value refers to comes from.",
        constraints: { enum: Object.keys(referenceBasisValues) },
        values: { ...referenceBasisValues },
      },
      get: (s) => datesOf(s).reference?.basis,
    },
    {
      field: {
        name: "refers_to",
        type: "string",
        description: "The date the value refers to, as a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD); empty when only bounded (see refers_to_earliest and refers_to_latest).",
      },
      get: (s) => textOf(referred(s)),
    },
    ...dateColumns("refers_to", "known", referred),
    {
      field: {
        name: "reported_on",
        type: "string",
        description: "When the value was reported: the date of the event it was announced at, else the publication date of the source it cites first; empty when only bounded.",
      },
      get: (s) => textOf(reported(s)),
    },
    ...dateColumns("reported_on", "known", reported),
  ];
}

/** Columns a collection's table gets beyond its schema's fields, computed from other records. */
export const derivedColumns: { [K in CollectionName]?: (dataset: Dataset) => Column<RecordOf<K>>[] } = {
  statistics: statisticDateColumns,
};
