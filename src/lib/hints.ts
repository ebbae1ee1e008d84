import { distance } from "fastest-levenshtein";

// How far a misspelling may be from the name it was meant to be.
const maxDistance = (name: string) => Math.max(2, Math.floor(name.length / 3));

/** "did you mean …" for a misspelt name, or undefined when nothing is close enough. */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - value.length) > maxDistance(candidate)) continue;
    const d = distance(value, candidate);
    if (d < bestDistance && d <= maxDistance(candidate)) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * Nearest-name lookups over a fixed set of names, bounded so that many misses against many names
 * stay fast: only names that share the first or the last three characters are compared.
 */
export class NameIndex {
  private readonly byPrefix = new Map<string, string[]>();
  private readonly bySuffix = new Map<string, string[]>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      push(this.byPrefix, name.slice(0, 3), name);
      push(this.bySuffix, name.slice(-3), name);
    }
  }

  nearest(value: string): string | undefined {
    const candidates = new Set([...(this.byPrefix.get(value.slice(0, 3)) ?? []), ...(this.bySuffix.get(value.slice(-3)) ?? [])]);
    return nearest(value, candidates);
  }
}

function push(map: Map<string, string[]>, key: string, name: string): void {
  const list = map.get(key);
  if (list) list.push(name);
  else map.set(key, [name]);
}

/** The allowed values of an enum, short lists in full, long ones with the nearest. */
export function allowedValuesHint(value: unknown, allowed: readonly unknown[]): string {
  const strings = allowed.map(String);
  const near = typeof value === "string" ? nearest(value, strings) : undefined;
  const list = strings.length <= 12 ? `allowed: ${strings.join(", ")}` : `${strings.length} allowed values`;
  return near ? `did you mean "${near}"? (${list})` : list;
}
