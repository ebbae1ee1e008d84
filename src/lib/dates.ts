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

/** Compares two partial dates for sorting: earlier first, a less precise date before a more precise one it contains. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
