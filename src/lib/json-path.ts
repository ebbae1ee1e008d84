/** The value at a JSON path in a record, or undefined where the path leads nowhere. */
export function valueAt(record: unknown, path: readonly (string | number)[]): unknown {
  let value = record;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Every value a field path reaches in one record ("*" steps into each item of a list), with its concrete JSON path. */
export function valuesAtPath(record: unknown, path: readonly string[]): { value: unknown; path: (string | number)[] }[] {
  let found: { value: unknown; path: (string | number)[] }[] = [{ value: record, path: [] }];
  for (const step of path) {
    const next: typeof found = [];
    for (const { value, path: at } of found) {
      if (step === "*") {
        if (Array.isArray(value)) value.forEach((item, index) => next.push({ value: item, path: [...at, index] }));
      } else if (value !== null && typeof value === "object" && Object.hasOwn(value, step)) {
        next.push({ value: (value as Record<string, unknown>)[step], path: [...at, step] });
      }
    }
    found = next;
  }
  return found;
}
