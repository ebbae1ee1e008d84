/** The value at a JSON path in a record, or undefined where the path leads nowhere. */
export function valueAt(record: unknown, path: readonly (string | number)[]): unknown {
  let value = record;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * Calls `visit` with every value a field path reaches in one record ("*" steps into each item of a
 * list) and its concrete JSON path. The path array is reused from call to call: copy it to keep it.
 */
export function eachValueAtPath(record: unknown, path: readonly string[], visit: (value: unknown, at: readonly (string | number)[]) => void): void {
  // One array for every call, unless a visitor walks a path itself meanwhile.
  const at = spareSteps ?? [];
  spareSteps = undefined;
  try {
    stepInto(record, path, 0, at, visit);
  } finally {
    at.length = 0;
    spareSteps = at;
  }
}
let spareSteps: (string | number)[] | undefined = [];

// One step of eachValueAtPath: a function of its own rather than a closure, allocated once.
function stepInto(value: unknown, path: readonly string[], depth: number, at: (string | number)[], visit: (value: unknown, at: readonly (string | number)[]) => void): void {
  if (depth === path.length) return visit(value, at);
  const key = path[depth]!;
  if (key === "*") {
    if (!Array.isArray(value)) return;
    for (let index = 0; index < value.length; index += 1) {
      at.push(index);
      stepInto(value[index], path, depth + 1, at, visit);
      at.pop();
    }
  } else if (value !== null && typeof value === "object" && Object.hasOwn(value, key)) {
    at.push(key);
    stepInto((value as Record<string, unknown>)[key], path, depth + 1, at, visit);
    at.pop();
  }
}

/**
 * eachValueAtPath over every record of a list, `visit` told the record's index too: one visitor for
 * the list, not a closure a record.
 */
export function eachValueAtPathOf(records: readonly unknown[], path: readonly string[], visit: (value: unknown, at: readonly (string | number)[], index: number) => void): void {
  let index = 0;
  const visitOne = (value: unknown, at: readonly (string | number)[]) => visit(value, at, index);
  for (; index < records.length; index += 1) eachValueAtPath(records[index], path, visitOne);
}

/** Every value a field path reaches in one record ("*" steps into each item of a list). */
export function valuesAtPath(record: unknown, path: readonly string[]): unknown[] {
  const found: unknown[] = [];
  eachValueAtPath(record, path, (value) => found.push(value));
  return found;
}
