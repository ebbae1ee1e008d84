import type { KnownDate } from "./dates.js";
import type { Statistic } from "./generated/types.js";

/** Where the date a value refers to comes from. */
export const referenceBasisValues = {
  "as-of": "The date the source gives the running total as of.",
  period: "The calendar period the count is for.",
  reported: "A running total with no as-of date of its own: taken as of when it was reported.",
} as const;
export type ReferenceBasis = keyof typeof referenceBasisValues;

// Any statistic, typed or as read from a file: only the fields the dates come from.
interface Dated {
  readonly reference: Statistic["reference"];
  readonly reportedAt?: string;
  readonly citations: readonly { readonly source: string }[];
}

/**
 * When a statistic was reported: the date of its event, else the publication date of the source it
 * cites first. The lookups keep this free of any one copy of the records.
 */
export function reportedDate(statistic: Dated, eventDate: (id: string) => KnownDate | undefined, published: (sourceId: string) => KnownDate | undefined): KnownDate | undefined {
  return (statistic.reportedAt && eventDate(statistic.reportedAt)) || published(statistic.citations[0]!.source);
}

/** The date a value refers to: its period, its as-of date, else when it was reported. */
export function referenceDate(statistic: Dated, reported: KnownDate | undefined): { date: KnownDate; basis: ReferenceBasis } | undefined {
  if (statistic.reference.kind === "period") return { date: { status: "stated", value: statistic.reference.period }, basis: "period" };
  if (statistic.reference.asOf) return { date: statistic.reference.asOf, basis: "as-of" };
  return reported && { date: reported, basis: "reported" };
}
