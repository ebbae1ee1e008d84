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
 * Nearest-name lookups over a fixed set of names, bounded so that many misses against many names stay
 * fast: each lookup takes the few names that sort next to it, once by their beginnings and once by
 * their ends (spelt backwards), so that a typo late in a name is found by its beginning and one early
 * by its end, and measures the edit distance to the handful of them that share most of the value's
 * beginning and end. Ids share long beginnings (a date, an event) and ends (a person): comparing every
 * name in a bucket of a shared prefix would still be quadratic.
 */
export class NameIndex {
  // Each name under the key it sorts by: itself, or itself spelt backwards.
  private readonly forwards: readonly Keyed[];
  private readonly backwards: readonly Keyed[];

  constructor(names: Iterable<string>) {
    const all = [...names];
    this.forwards = sortedBy(all, (name) => name);
    this.backwards = sortedBy(all, reversed);
  }

  nearest(value: string): string | undefined {
    const candidates = new Set([...neighbours(this.forwards, value), ...neighbours(this.backwards, reversed(value))]);
    const likeliest = [...candidates]
      .map((name) => ({ name, shared: shared(value, name) }))
      .sort((a, b) => b.shared - a.shared)
      .slice(0, measured);
    return nearest(value, likeliest.map(({ name }) => name));
  }
}

// How many names on each side of a lookup's place in each order are taken, and how many of those
// are measured (an edit distance costs far more than the comparisons that pick them).
const reach = 8;
const measured = 4;

// How many characters two names share at their beginning and at their end.
function shared(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let start = 0;
  while (start < most && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < most - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  return start + end;
}

interface Keyed {
  key: string;
  name: string;
}

function sortedBy(names: readonly string[], keyOf: (name: string) => string): Keyed[] {
  return names.map((name) => ({ key: keyOf(name), name })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

// The names whose keys sort nearest to `key`, `reach` on each side.
function neighbours(sorted: readonly Keyed[], key: string): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.key < key) low = middle + 1;
    else high = middle;
  }
  return sorted.slice(Math.max(0, low - reach), low + reach).map((entry) => entry.name);
}

function reversed(text: string): string {
  return [...text].reverse().join("");
}

/** The allowed values of an enum, short lists in full, long ones with the nearest. */
export function allowedValuesHint(value: unknown, allowed: readonly unknown[]): string {
  const strings = allowed.map(String);
  const near = typeof value === "string" ? nearest(value, strings) : undefined;
  const list = strings.length <= 12 ? `allowed: ${strings.join(", ")}` : `${strings.length} allowed values`;
  return near ? `did you mean "${near}"? (${list})` : list;
}
