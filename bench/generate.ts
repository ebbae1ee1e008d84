import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { collectionNames, collections, type CollectionName } from "../src/collections.js";

// The real data's proportions (records per collection in data/ when the benchmark was written).
const proportions: Record<Exclude<CollectionName, "redirects">, number> = {
  sources: 5, organizations: 12, people: 14, programs: 8, events: 5, participations: 22, indicators: 10, statistics: 10,
};

/** A small seeded generator (mulberry32), so every run builds the same dataset. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid dataset of about `size` records, with valid references, as `{ collection: records }`. */
export function syntheticDataset(size: number, seed = 1): Record<CollectionName, Record<string, unknown>[]> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const total = Object.values(proportions).reduce((a, b) => a + b, 0);
  const count = (name: keyof typeof proportions) => Math.max(1, Math.round((size * proportions[name]) / total));
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(6, "0")}`);
  const day = () => `20${18 + Math.floor(next() * 7)}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}`;

  const sourceIds = ids("source", count("sources"));
  const cite = () => [{ source: pick(sourceIds), paragraph: 1 + Math.floor(next() * 20) }];
  const orgIds = ids("org", count("organizations"));
  const personIds = ids("person", count("people"));
  const programIds = ids("program", count("programs"));
  const eventIds = ids("event", count("events"));
  const indicatorIds = ids("indicator", count("indicators"));

  const sources = sourceIds.map((id) => ({ id, title: `Announcement ${id}`, kind: "ministry-announcement", language: "en", published: "2025-12-31" }));
  const organizations = orgIds.map((id, i) => ({
    id, name: `Organization ${i}`, kind: pick(["ministry", "department", "centre", "embassy"]), country: pick(["CN", "ES", "PA", "KZ", "BR"]),
    ...(i > 0 && next() < 0.5 ? { parent: orgIds[Math.floor(next() * i)] } : {}), citations: cite(),
  }));
  const people = personIds.map((id, i) => ({ id, name: `Person ${i}`, ...(next() < 0.2 ? { otherNames: [`P. ${i}`] } : {}), citations: cite() }));
  const programs = programIds.map((id, i) => ({ id, name: `Programme ${i}`, kind: "partnership-program", description: `A partnership programme number ${i}.`, citations: cite() }));
  const events = eventIds.map((id, i) => ({
    id, kind: pick(["meeting", "talks", "press-conference"]), title: `Meeting ${i}`, summary: `Officials met to discuss cooperation, case ${i}.`,
    date: next() < 0.8 ? { status: "stated", value: day() } : { status: "unknown", notAfter: day(), basis: "Only the page date is known." },
    location: next() < 0.5 ? { mode: "in-person", city: "Beijing", country: "CN" } : { mode: "virtual" },
    counterpartCountries: [pick(["ES", "PA", "KZ", "BR"])], programs: [pick(programIds)], topics: ["technology-transfer", "joint-research"],
    outcomes: [`Both sides agreed on item ${i}.`], citations: cite(),
  }));
  // Unique (event, person) pairs: participation i is person floor(i / events) at event i mod events.
  const participations = ids("participation", count("participations")).map((id, i) => ({
    id, event: eventIds[i % eventIds.length], person: personIds[Math.floor(i / eventIds.length) % personIds.length],
    organization: pick(orgIds), title: "Director-General", role: pick(["lead", "attended", "speaker"]), side: pick(["china", "counterpart"]), citations: cite(),
  }));
  const indicators = indicatorIds.map((id, i) => ({ id, name: `Indicator ${i}`, definition: `Things counted, kind ${i}.`, unit: "agreements", citations: cite() }));
  const statistics = ids("statistic", count("statistics")).map((id) => {
    const reporter = pick(participations);
    return {
      id, indicator: pick(indicatorIds), value: Math.floor(next() * 1000), comparator: pick(["exact", "more-than", "about"]), scope: "all-partners",
      reference: { kind: "cumulative" }, reportedAt: reporter.event, reportedBy: reporter.person, citations: cite(),
    };
  });
  return { sources, organizations, people, programs, events, participations, indicators, statistics, redirects: [] };
}

/** Writes the dataset one record a file, as in data/, and as one NDJSON file; returns the record count. */
export function writeDataset(dataset: Record<CollectionName, Record<string, unknown>[]>, dataDir: string, ndjsonFile: string): number {
  let records = 0;
  const lines: string[] = [];
  for (const name of collectionNames) {
    mkdirSync(join(dataDir, name), { recursive: true });
    for (const record of dataset[name]) {
      const withSchema = { $schema: `../../schemas/${collections[name].entity}.schema.json`, ...record };
      writeFileSync(join(dataDir, name, `${String(record.id)}.json`), `${JSON.stringify(withSchema, null, 2)}\n`);
      lines.push(JSON.stringify({ collection: name, ...record }));
      records += 1;
    }
  }
  writeFileSync(ndjsonFile, `${lines.join("\n")}\n`);
  return records;
}
