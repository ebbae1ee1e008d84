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
  const at: (string | number)[] = [];
  const step = (value: unknown, depth: number): void => {
    if (depth === path.length) return visit(value, at);
    const key = path[depth]!;
    if (key === "*") {
      if (!Array.isArray(value)) return;
      for (let index = 0; index < value.length; index += 1) {
        at.push(index);
        step(value[index], depth + 1);
        at.pop();
      }
    } else if (value !== null && typeof value === "object" && Object.hasOwn(value, key)) {
      at.push(key);
      step((value as Record<string, unknown>)[key], depth + 1);
      at.pop();
    }
  };
  step(record, 0);
}
