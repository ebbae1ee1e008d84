import { collectionNames, references, type CollectionName, type Dataset, type UncheckedDataset } from "./collections.js";
import { nearest } from "./hints.js";
import { referencedIds } from "./json-path.js";
import type { Problem } from "./problem.js";
import { dateForOrdering } from "./schemas/common.js";

export interface RuleOptions {
  /** Today's date (YYYY-MM-DD), for the no-future-dates rule; defaults to the clock's. */
  today?: string;
}

/** Records that passed their schema, each with its index in the dataset given to validateDataset. */
export type CheckedRecords = { [K in CollectionName]?: { index: number; record: unknown }[] };

type Entry<K extends CollectionName> = { index: number; record: Dataset[K][number] };

// Partial dates are aligned prefixes of YYYY-MM-DD, so comparing the common prefix tells whether
// one is wholly after the other ("2023-11" after "2023-10-31"; "2023" overlaps "2023-03-09").
function isAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/**
 * The rules a JSON Schema cannot state: unique ids, references that resolve, dates that fit their
 * sources and the calendar, one participation per person and event, and a few more. Linear in the
 * number of records: every rule is an index lookup, never a scan of another collection.
 */
export function checkRules(dataset: UncheckedDataset, checked: CheckedRecords, options: RuleOptions = {}): Problem[] {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const problems: Problem[] = [];
  const entries = <K extends CollectionName>(name: K) => (checked[name] ?? []) as Entry<K>[];

  // Ids are taken from every record, valid or not, so that one bad field in a record does not
  // also make every reference to it look dangling.
  const ids = {} as Record<CollectionName, Map<string, number>>;
  for (const collection of collectionNames) {
    ids[collection] = new Map();
    (dataset[collection] ?? []).forEach((record, index) => {
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id !== "string") return;
      const first = ids[collection].get(id);
      if (first === undefined) ids[collection].set(id, index);
      else {
        problems.push({
          collection, index, path: ["id"], rule: "id/duplicate",
          message: `id "${id}" is already used by another ${collection} record`,
          hint: "give this record its own id, or merge the two records",
          related: { collection, index: first },
        });
      }
    });
  }
  // The valid records that later rules read by id: sources (their dates) and organizations (parents).
  const byId = {
    sources: new Map(entries("sources").map((entry) => [entry.record.id, entry])),
    organizations: new Map(entries("organizations").map((entry) => [entry.record.id, entry])),
  };

  // A retired id leaves a redirect: it must not be live again, and what it points at must be.
  const retired = new Map<string, string>();
  for (const { index, record } of entries("redirects")) {
    retired.set(`${record.collection}\u0000${record.id}`, record.to);
    if (ids[record.collection].has(record.id)) {
      problems.push({
        collection: "redirects", index, path: ["id"], rule: "redirect/still-live",
        message: `"${record.id}" is retired but a ${record.collection} record still has that id`,
        hint: "remove the redirect, or the record",
      });
    }
    if (!ids[record.collection].has(record.to)) {
      const near = nearest(record.to, [...ids[record.collection].keys()]);
      problems.push({
        collection: "redirects", index, path: ["to"], rule: "redirect/target-missing",
        message: `no ${record.collection} record has the id "${record.to}"`,
        hint: near ? `did you mean "${near}"?` : "a redirect points at a live record",
      });
    }
  }

  // References are checked in every record, valid or not, so that all problems show at once.
  for (const { from, path, to } of references) {
    for (const [index, record] of (dataset[from] ?? []).entries()) {
      for (const { id, path: at } of referencedIds(record, path)) {
        if (typeof id !== "string" || ids[to].has(id)) continue;
        const replacement = retired.get(`${to}\u0000${id}`);
        if (replacement !== undefined) {
          problems.push({
            collection: from, index, path: at, rule: "reference/retired",
            message: `the ${to} id "${id}" is retired`,
            hint: `use "${replacement}"`,
          });
          continue;
        }
        const near = nearest(id, [...ids[to].keys()]);
        problems.push({
          collection: from, index, path: at, rule: "reference/unresolved",
          message: `no ${to} record has the id "${id}"`,
          hint: near ? `did you mean "${near}"?` : `add data/${to}/${id}.json, or correct the id`,
        });
      }
    }
  }

  const future = (collection: CollectionName, index: number, path: (string | number)[], date: string | undefined) => {
    if (date !== undefined && isAfter(date, today)) {
      problems.push({ collection, index, path, rule: "date/future", message: `${date} is after today (${today})`, hint: "check the year" });
    }
  };

  for (const { index, record } of entries("sources")) future("sources", index, ["published"], record.published);

  for (const { index, record } of entries("events")) {
    const date = dateForOrdering(record.date);
    future("events", index, ["date", record.date.status === "unknown" ? "notAfter" : "value"], date);
    for (const source of new Set(record.citations.map((citation) => citation.source))) {
      const published = byId.sources.get(source)?.record.published;
      if (published && isAfter(date, published)) {
        problems.push({
          collection: "events", index, path: ["date"], rule: "date/after-source",
          message: `the event is dated ${date}, after its source "${source}" was published (${published})`,
          hint: "check the date, or which source is cited",
        });
      }
    }
  }

  for (const { index, record } of entries("programs")) {
    if (record.launched) future("programs", index, ["launched"], dateForOrdering(record.launched));
  }

  for (const { index, record } of entries("statistics")) {
    if (record.reference.kind === "period") future("statistics", index, ["reference", "period"], record.reference.period);
  }

  // One participation per person and event; someone must be identified at least by a name or an organization.
  const seen = new Map<string, number>();
  for (const { index, record } of entries("participations")) {
    if (!record.person && !record.nameInSource && !record.organization) {
      problems.push({
        collection: "participations", index, path: [], rule: "participation/no-participant",
        message: "names no participant",
        hint: 'give "person", or "nameInSource" and/or "organization" when the source does not identify who it was',
      });
    }
    if (!record.person) continue;
    const key = `${record.event}\u0000${record.person}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      problems.push({
        collection: "participations", index, path: ["person"], rule: "participation/duplicate",
        message: `"${record.person}" already takes part in "${record.event}"`,
        hint: "one participation per person and event: merge the two",
        related: { collection: "participations", index: first },
      });
    }
  }

  // Whoever reported a statistic took part in the event it was reported at.
  for (const { index, record } of entries("statistics")) {
    if (record.reportedBy && !seen.has(`${record.reportedAt}\u0000${record.reportedBy}`)) {
      problems.push({
        collection: "statistics", index, path: ["reportedBy"], rule: "statistic/reporter-absent",
        message: `"${record.reportedBy}" has no participation in "${record.reportedAt}"`,
        hint: "add the participation, or correct reportedAt or reportedBy",
      });
    }
  }

  // No organization is its own ancestor; each member of a cycle is reported, not those below it.
  for (const { index, record } of entries("organizations")) {
    const visited = new Set<string>();
    for (let parent = record.parent; parent && !visited.has(parent); parent = byId.organizations.get(parent)?.record.parent) {
      if (parent === record.id) {
        problems.push({
          collection: "organizations", index, path: ["parent"], rule: "organization/parent-cycle",
          message: `"${record.id}" is its own ancestor through its parent chain`,
          hint: "one of the parents in the chain is wrong",
        });
        break;
      }
      visited.add(parent);
    }
  }

  return problems;
}
