import { closest, distance } from "fastest-levenshtein";

/** "did you mean …" for a misspelt name, or undefined when nothing is close enough. */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(value, candidates as string[]);
  return distance(value, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** The allowed values of an enum, short lists in full, long ones with the nearest. */
export function allowedValuesHint(value: unknown, allowed: readonly unknown[]): string {
  const strings = allowed.map(String);
  const near = typeof value === "string" ? nearest(value, strings) : undefined;
  const list = strings.length <= 12 ? `allowed: ${strings.join(", ")}` : `${strings.length} allowed values`;
  return near ? `did you mean "${near}"? (${list})` : list;
}
