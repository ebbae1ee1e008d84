/**
 * A lookup by id: a known id (a literal of the collection's id union) always finds its record; any
 * other string may not. Where the id type is plain string, every lookup may find nothing.
 */
export type Lookup<T, Id extends string> = string extends Id
  ? (id: string) => T | undefined
  : { (id: Id): T; (id: string): T | undefined };

/** A lookup by id over one collection that follows redirects of retired ids; indexed on first use. */
export function lookupById<T extends { id: string }, Id extends string>(
  collection: string,
  records: readonly T[],
  retired: readonly { collection: string; id: string; to: string }[],
): Lookup<T, Id> {
  let index: Map<string, T> | undefined;
  let moved: Map<string, string> | undefined;
  const find = (id: string) => {
    index ??= new Map(records.map((record) => [record.id, record]));
    moved ??= new Map(retired.filter((r) => r.collection === collection).map((r) => [r.id, r.to]));
    return index.get(id) ?? index.get(moved.get(id) ?? "");
  };
  return find as Lookup<T, Id>;
}
