import { collectionNames, collections, isCollectionName, type CollectionName } from "./collections.js";
import { describe, type Described } from "./schema-walk.js";

/** A field that holds the id of a record in another collection; "*" steps into every item of a list. */
export interface Reference {
  from: CollectionName;
  path: readonly string[];
  to: CollectionName;
}

function walk(from: CollectionName, shape: Described, path: string[], found: Map<string, Reference>): void {
  if (shape.meta.references !== undefined) {
    const to = shape.meta.references;
    if (!isCollectionName(to)) throw new Error(`${from}.${path.join(".")} references "${to}", which is not a collection`);
    found.set(path.join("."), { from, path, to });
  }
  if (shape.kind === "object") for (const field of shape.fields) walk(from, field.schema, [...path, field.key], found);
  else if (shape.kind === "array") walk(from, shape.item, [...path, "*"], found);
  else if (shape.kind === "union") for (const form of shape.forms) walk(from, form, path, found);
}

let all: readonly Reference[] | undefined;

/** Every reference field of every collection, read from the schemas' `references` metadata. */
export function references(): readonly Reference[] {
  all ??= collectionNames.flatMap((from) => {
    const found = new Map<string, Reference>();
    walk(from, describe(collections[from].schema), [], found);
    return [...found.values()];
  });
  return all;
}

/** The collection a field path of a collection points at, if it is a reference ("*" for list items). */
export function referenceTarget(from: CollectionName, path: readonly string[]): CollectionName | undefined {
  const key = path.join(".");
  return references().find((ref) => ref.from === from && ref.path.join(".") === key)?.to;
}
