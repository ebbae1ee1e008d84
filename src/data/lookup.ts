/** A lookup by id over one collection, built once on first use. */
export function lookupById<T extends { id: string }>(records: readonly T[]): (id: string) => T | undefined {
  let index: Map<string, T> | undefined;
  return (id) => (index ??= new Map(records.map((record) => [record.id, record]))).get(id);
}
