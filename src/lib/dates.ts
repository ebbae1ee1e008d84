/** A date with how we know it, as the schemas define it (kept free of zod, for small bundles). */
export type KnownDate =
  | { readonly status: "stated"; readonly value: string }
  | { readonly status: "inferred"; readonly value: string; readonly basis: string }
  | { readonly status: "unknown"; readonly notAfter: string; readonly notBefore?: string; readonly basis?: string };

/** The date a record is placed at in time: the stated or inferred date, or else the latest possible one. */
export function dateForOrdering(date: KnownDate): string {
  return date.status === "unknown" ? date.notAfter : date.value;
}

// Partial dates are aligned prefixes of YYYY-MM-DD, so comparing the common prefix tells whether
// one is wholly after the other ("2023-11" after "2023-10-31"; "2023" overlaps "2023-03-09").
export function isAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

export type Precision = "year" | "month" | "day";

/** How precise a partial date is: 2023 a year, 2023-03 a month, 2023-03-09 a day. */
export function precisionOf(date: string): Precision {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/** The first calendar day a partial date can be: 2023 → 2023-01-01. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last calendar day a partial date can be: 2023 → 2023-12-31, 2024-02 → 2024-02-29. */
export function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split("-").map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
  return `${date}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, "0")}`;
}

/** The calendar days a date can be, as full dates; no earliest for an unknown date without notBefore. */
export interface DateSpan {
  earliest?: string;
  latest?: string;
  /** How precise a stated or inferred date is; none for an unknown date, which is only bounded. */
  precision?: Precision;
}

/** The span of a partial date or of a date with how we know it. */
export function spanOf(date: KnownDate | string): DateSpan {
  if (typeof date === "string") return { earliest: firstDay(date), latest: lastDay(date), precision: precisionOf(date) };
  if (date.status !== "unknown") return spanOf(date.value);
  return { ...(date.notBefore ? { earliest: firstDay(date.notBefore) } : {}), latest: lastDay(date.notAfter) };
}
