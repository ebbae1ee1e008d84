/**
 * Freezes a value and everything in it, and returns it: the shipped records are shared by every
 * module that imports them, so that one cannot change them for all.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
