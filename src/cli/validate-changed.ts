import { isAbsolute, join, relative, sep } from "node:path";
import { collectionNames, collections, isCollectionName, type CollectionName } from "../lib/collections.js";
import { datasetRules } from "../lib/generated/rules.js";
import { valuesAtPath } from "../lib/json-path.js";
import { references } from "../lib/references.js";
import type { RuleOptions } from "../lib/rule.js";
import { maxRecordBytes } from "../lib/rules/file-too-large.js";
import { changesAgainst } from "./changed-files.js";
import { loadPaths, type RecordFile } from "./loader.js";
import { readFileQuickly, readRegularFile } from "./read-file.js";
import { idOf, listRecordFiles, type RecordListing } from "./record-listing.js";
import { packagedFiles, sortProblems, validateRecordFiles, type FilesReport, type ValidateFilesOptions } from "./validate-files.js";

export interface ChangedOptions extends Omit<ValidateFilesOptions, "context" | "collection"> {
  /**
   * Files and folders outside the data folders whose change changes what validate reports (the
   * validator's own sources, the manifests that pin its version): a change there checks every file.
   */
  validatorPaths?: readonly string[];
}

/** The report on the changed record files, or why every record file has to be checked. */
export type ChangedResult = { report: FilesReport; changed: number; base: string } | { fallback: string };

/** Where a record file comes in a full walk: its data folder (in the order given), then its file name. */
interface Place {
  root: number;
  collection: CollectionName;
  name: string;
}

/** Files of the listing a rule needs, found by id. */
interface Finder {
  /** The files of a collection named `<id>.json`, in every data folder. */
  named(collection: CollectionName, id: unknown): string[];
}

/**
 * The files of a collection (or those a full walk reads before `before`) whose record may hold every
 * one of `words` as a value: a reverse lookup, which no listing answers, so each file is scanned.
 */
interface Scan {
  collection: CollectionName;
  words: readonly string[];
  before?: string;
}

type Plan = { reads(file: RecordFile, find: Finder): (string | Scan)[]; transitive?: true };

// Every id a record refers to, with the collection it points into.
const referencesFrom = (file: RecordFile) =>
  references()
    .filter((ref) => ref.from === file.collection)
    .flatMap((ref) => valuesAtPath(file.record, ref.path).map((value) => ({ to: ref.to, path: ref.path, id: value })));
const citedSources = (file: RecordFile, find: Finder) =>
  collections[file.collection].cited ? valuesAtPath(file.record, ["citations", "*", "source"]).flatMap((value) => find.named("sources", value)) : [];
const nothing = () => [];
const strings = (...values: unknown[]) => (values.every((value) => typeof value === "string") ? (values as string[]) : undefined);

/**
 * For each cross-record rule, the other records it needs to judge a changed record exactly as a full
 * run does, found from the listings and the changed record's own fields. Every id is known from the
 * listings, so a rule that only asks whether an id exists needs nothing more; a rule that asks which
 * records point at something (a reverse lookup) scans the collection, or the part of it a full run
 * reads first, for the values it compares. A rule missing here makes --changed check every file, so
 * a new rule is never judged on too little.
 */
const plans: Record<string, Plan> = {
  // The sources cited: their archived text.
  "citation/beyond-text": { reads: citedSources },
  "citation/locator-not-found": { reads: citedSources },
  // The sources cited: their publication dates.
  "date/after-source": { reads: citedSources },
  "date/end-before-start": { reads: nothing },
  "date/future": { reads: nothing },
  // Another holder of the id (in another data folder given), which may come first.
  "id/duplicate": { reads: (file, find) => find.named(file.collection, file.record.id) },
  "location/virtual-with-place": { reads: nothing },
  // A participation of the same person in the same event that a full run reads earlier.
  "participation/duplicate": {
    reads: (file) => {
      const words = file.collection === "participations" ? strings(file.record.event, file.record.person) : undefined;
      return words ? [{ collection: "participations", words, before: file.file }] : [];
    },
  },
  "participation/no-participant": { reads: nothing },
  // Whether the id is live or the target exists: the listings.
  "redirect/still-live": { reads: nothing },
  "redirect/target-missing": { reads: nothing },
  // The chain of ancestors through a field into the record's own collection, link by link.
  "reference/cycle": {
    reads: (file, find) => referencesFrom(file).flatMap(({ to, path, id }) => (to === file.collection && path.length === 1 ? find.named(to, id) : [])),
    transitive: true,
  },
  // A redirect retiring an id the record refers to (a redirect's file is named after the retired id).
  "reference/retired": { reads: (file, find) => referencesFrom(file).flatMap(({ id }) => find.named("redirects", id)) },
  "reference/unresolved": { reads: (file, find) => referencesFrom(file).flatMap(({ id }) => find.named("redirects", id)) },
  // The other numbered sessions of the same mechanism.
  "session/order": {
    reads: (file) => {
      const session = file.record.session as { mechanism?: unknown; number?: unknown } | undefined;
      const words = file.collection === "events" && session?.number !== undefined ? strings(session.mechanism) : undefined;
      return words ? [{ collection: "events", words }] : [];
    },
  },
  "source/archived-text-missing": { reads: nothing },
  "statistic/horizon": { reads: nothing },
  "statistic/range": { reads: nothing },
  // A participation of the reporter in the event.
  "statistic/reporter-absent": {
    reads: (file) => {
      const words = file.collection === "statistics" ? strings(file.record.reportedAt, file.record.reportedBy) : undefined;
      return words ? [{ collection: "participations", words }] : [];
    },
  },
};

/**
 * The text of a record file as bytes, to look for values in, valid until the next call; none where it
 * cannot be read as a record (too large, not a file), which then holds nothing, as in a full run. The
 * listing says the file is a regular one, so it is read as the loader reads it: the quick way first.
 */
function bytesOf(path: string): Buffer | undefined {
  const quick = readFileQuickly(path, maxRecordBytes);
  if (quick) return Buffer.from(quick.buffer, quick.byteOffset, quick.byteLength);
  const read = readRegularFile(path, maxRecordBytes);
  return "bytes" in read && read.size <= maxRecordBytes ? Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength) : undefined;
}

// Whether a record may hold every word as a value: its text holds each as it is, or it has an escape,
// with which JSON can spell any character otherwise.
const mayHold = (text: Buffer, words: readonly string[]) => text.includes("\\") || words.every((word) => text.includes(word));

function isInside(folder: string, path: string): string | undefined {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : undefined;
}

/**
 * Validates the record files under `paths` that changed against a git ref (see changesAgainst), as
 * a full run of `paths` would, reporting only their problems: the rest of the data folders is known
 * from their listings, and only the few other records the rules need are read (see `plans`).
 */
export async function validateChanged(paths: readonly string[], ref: string, options: ChangedOptions = {}): Promise<ChangedResult> {
  const unplanned = datasetRules.find((rule) => !Object.hasOwn(plans, rule.id));
  if (unplanned) return { fallback: `the rule ${unplanned.id} has no plan for --changed` };
  // Git looks for changes while the folders are listed.
  const asking = changesAgainst(ref, paths, options.validatorPaths);
  const listing = listRecordFiles(paths);
  const changes = await asking;
  if ("irregular" in listing) return { fallback: listing.irregular };
  const { roots, ids } = listing;

  const placeOf = (path: string): Place | undefined => {
    for (const [root, { real }] of roots.entries()) {
      const [collection, name, ...deeper] = isInside(real, path)?.split(sep) ?? [];
      if (collection === undefined) continue;
      return name?.endsWith(".json") && deeper.length === 0 && isCollectionName(collection) ? { root, collection, name } : undefined;
    }
    return undefined;
  };
  const outside = (path: string) => roots.every(({ real }) => isInside(real, path) === undefined);
  const shown = (path: string) => relative(process.cwd(), path);
  const validator = [...changes.changed, ...changes.deleted].find(outside);
  if (validator) return { fallback: `${shown(validator)} changed, which decides what validate reports` };
  const deleted = changes.deleted.find((path) => path.endsWith(".json"));
  if (deleted) return { fallback: `${shown(deleted)} was deleted or renamed, and records that refer to it are not among the changed` };

  const places = new Map<string, Place>();
  const pathOf = (place: Place) => {
    const path = join(roots[place.root]!.path, place.collection, place.name);
    places.set(path, place);
    return path;
  };
  // A changed path that the listing does not hold as a record file is one a walk passes over.
  const changedFiles = changes.changed.flatMap((path) => {
    const place = placeOf(path);
    return place && ids[place.collection][place.root]!.has(idOf(place.name)) ? [pathOf(place)] : [];
  });

  const find: Finder = {
    named: (collection, id) =>
      typeof id === "string" ? roots.flatMap((_, root) => (ids[collection][root]!.has(id) ? [pathOf({ root, collection, name: `${id}.json` })] : [])) : [],
  };
  // Each collection's files in the order a full walk reads them (names sorted as a walk sorts them).
  const walked = (collection: CollectionName) =>
    roots.flatMap((_, root) => [...ids[collection][root]!].map((id) => `${id}.json`).sort().map((name) => pathOf({ root, collection, name })));
  // The scans of one round, each file of a collection read once for all of them.
  const scanned = (scans: readonly Scan[]) =>
    collectionNames.flatMap((collection) => {
      const mine = scans.filter((scan) => scan.collection === collection);
      if (mine.length === 0) return [];
      const paths = walked(collection);
      const ends = mine.map(({ before }) => (before === undefined ? paths.length : paths.indexOf(before)));
      return paths.filter((path, at) => {
        const wanted = mine.filter((_, i) => at < ends[i]!);
        const text = wanted.length > 0 && !read.has(path) ? bytesOf(path) : undefined;
        return text !== undefined && wanted.some(({ words }) => mayHold(text, words));
      });
    });

  // Each file read at most once; the records the plans need, round by round (a chain of ancestors
  // needs one round a link).
  const read = new Map<string, RecordFile | undefined>();
  const load = (files: Iterable<string>) => {
    const fresh = [...new Set(files)].filter((file) => !read.has(file));
    const loaded = loadPaths(fresh);
    for (const file of fresh) read.set(file, undefined);
    for (const file of loaded.files) read.set(file.file, file);
    return loaded;
  };
  const checked = load(changedFiles);
  const allPlans = Object.values(plans);
  const transitive = allPlans.filter((plan) => plan.transitive);
  let round = checked.files.map((file) => ({ file, plans: allPlans }));
  while (round.length > 0) {
    const needs = round.flatMap(({ file, plans: now }) => now.flatMap((plan) => plan.reads(file, find)));
    const paths = needs.filter((need): need is string => typeof need === "string");
    const scans = needs.filter((need): need is Scan => typeof need !== "string");
    round = load([...paths, ...scanned(scans)]).files.map((file) => ({ file, plans: transitive }));
  }

  // The records read, in the order a full walk reads them; every other id from the listings.
  const loaded = [...read.values()].filter((file): file is RecordFile => file !== undefined);
  const order = (file: RecordFile) => places.get(file.file)!;
  loaded.sort((a, b) => order(a).root - order(b).root || (order(a).name < order(b).name ? -1 : order(a).name > order(b).name ? 1 : 0));
  const listedIds = unreadIds(listing, [...read.keys()].map((path) => places.get(path)!));
  const packaged = packagedFiles(options.packageRecords);
  const isChecked = new Set(checked.files);
  const context = new Set([...packaged, ...loaded.filter((file) => !isChecked.has(file))]);
  const { grouped, problems } = validateRecordFiles([...packaged, ...loaded], context, { ...options, listedIds });
  const files = Object.fromEntries(collectionNames.map((name) => [name, grouped[name].filter((file) => isChecked.has(file))])) as FilesReport["files"];
  const report: FilesReport = {
    files,
    problems: sortProblems([...checked.problems, ...problems]),
    fileCount: checked.files.length,
    readCount: checked.readCount,
    ioError: false,
  };
  return { report, changed: changedFiles.length, base: changes.base };
}

// The ids of the listed files that were not read, by collection (a file that was read has its id
// from its record, or none if it did not load).
function unreadIds(listing: RecordListing, read: readonly Place[]): RuleOptions["listedIds"] {
  const done = new Map(collectionNames.map((collection) => [collection, listing.roots.map(() => new Set<string>())]));
  for (const { collection, root, name } of read) done.get(collection)![root]!.add(idOf(name));
  function* unread(collection: CollectionName) {
    for (const [root, ids] of listing.ids[collection].entries()) {
      const readIds = done.get(collection)![root]!;
      for (const id of ids) if (!readIds.has(id)) yield id;
    }
  }
  return Object.fromEntries(collectionNames.map((collection) => [collection, { [Symbol.iterator]: () => unread(collection) }]));
}
