// A small made-up dataset (example.org) with what trips analysts' readers: the country code NA
// (Namibia), a year-only date, an unknown date with bounds, a figure for a period, one as of an
// unknown date, one dated only by its source, a target, and columns empty in every row.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { artifacts } from "../src/build/build.js";
import { collectionNames, type Dataset } from "../src/lib/collections.js";
import { validateDataset } from "../src/lib/validate.js";

const citations = [{ source: "example-notice", paragraph: 1 }];

export function analystDataset(): Dataset {
  const dataset = Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as Dataset;
  dataset.sources = [
    {
      id: "example-notice",
      title: "Example notice",
      kind: "news-report",
      url: "https://example.org/notice",
      language: "en",
      published: { status: "unknown", notAfter: "2014-03-31", notBefore: "2013", basis: "Made up for a test." },
    },
  ];
  dataset.events = [
    {
      id: "2013-example-windhoek-meeting",
      kind: "meeting",
      title: "Example meeting in Windhoek",
      summary: "A made-up meeting.",
      date: { status: "stated", value: "2013" },
      location: { status: "stated", mode: "in-person", city: "Windhoek", country: "NA" },
      counterpartCountries: ["NA"],
      citations,
    },
  ];
  dataset.indicators = [{ id: "example-agreements", name: "Example agreements", definition: "Made up for a test.", unit: "agreements", citations }];
  const base = { indicator: "example-agreements", comparator: "exact", scope: "all-partners", citations } as const;
  dataset.statistics = [
    { ...base, id: "example-as-of-unknown", kind: "achieved", value: 5, reference: { kind: "cumulative", asOf: { status: "unknown", notAfter: "2013-12" } }, reportedAt: "2013-example-windhoek-meeting" },
    { ...base, id: "example-period", kind: "achieved", value: 3, reference: { kind: "period", period: "2012" }, reportedAt: "2013-example-windhoek-meeting" },
    { ...base, id: "example-source-dated", kind: "achieved", value: 7, reference: { kind: "cumulative" } },
    { ...base, id: "example-target", kind: "target", value: 10, reference: { kind: "cumulative" }, horizon: { status: "stated", value: "2016" }, reportedAt: "2013-example-windhoek-meeting" },
  ];
  const problems = validateDataset(dataset, { today: "2026-01-01" });
  if (problems.length > 0) throw new Error(`the analyst fixture is invalid: ${JSON.stringify(problems)}`);
  return dataset;
}

/** Builds the fixture's exports into `folder`/exports (and schemas/), as the build would. */
export function writeAnalystExports(folder: string): void {
  for (const [path, content] of artifacts(analystDataset(), "0.0.0").files) {
    if (!path.startsWith("exports/")) continue;
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
}
