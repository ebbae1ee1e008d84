import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { artifacts } from "../src/build/build.js";
import { analystDataset } from "./analyst-fixture.js";
import { readPackage } from "./csv-reader.js";
import { dataset, root } from "./helpers.js";

const { tables } = readPackage(join(root, "exports"));
const series = tables.get("series")!;
const json = JSON.parse(readFileSync(join(root, "exports", "json", "series.json"), "utf8")) as Record<string, unknown>[];
const data = dataset();

describe("the series table (exports/csv/series.csv, exports/json/series.json)", () => {
  it("has one row per statistic, with its indicator's name and unit and its first source", () => {
    expect(series.map((row) => row.statistic_id).sort()).toEqual(data.statistics.map((s) => s.id).sort());
    const indicators = new Map(data.indicators.map((i) => [i.id, i]));
    const urls = new Map(data.sources.map((s) => [s.id, s.url]));
    for (const statistic of data.statistics) {
      const row = series.find((r) => r.statistic_id === statistic.id)!;
      expect(row, statistic.id).toMatchObject({
        indicator_id: statistic.indicator,
        indicator: indicators.get(statistic.indicator)!.name,
        unit: indicators.get(statistic.indicator)!.unit,
        kind: statistic.kind,
        scope: statistic.scope,
        comparator: statistic.comparator,
        value: statistic.value,
        value_high: statistic.valueHigh,
        scale: statistic.scale,
        currency: statistic.currency,
        reported_at_id: statistic.reportedAt,
        source_id: statistic.citations[0]!.source,
        source_url: urls.get(statistic.citations[0]!.source),
      });
      expect(String(row.citation_link).startsWith(urls.get(statistic.citations[0]!.source)!.split("#")[0]!), statistic.id).toBe(true);
    }
  });

  it("is in series order: indicator, kind, scope, currency, then date", () => {
    const key = (row: (typeof series)[number]) => [row.indicator_id, row.kind, row.scope, row.currency ?? "", row.refers_to_latest ?? "", row.statistic_id].map(String);
    const keys = series.map(key);
    const sorted = [...keys].sort((a, b) => { for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1; return 0; });
    expect(keys).toEqual(sorted);
  });

  it("holds the same rows in JSON as in CSV, every column in each row, null where empty", () => {
    expect(json.map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)))).toEqual(
      series.map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined))),
    );
    for (const row of json) expect(Object.keys(row)).toEqual(Object.keys(series[0]!));
  });

  it("dates a figure as of its as-of date, and says when it was reported (checked by hand)", () => {
    expect(series.find((r) => r.statistic_id === "2017-01-13-intergovernmental-sti-agreements")).toMatchObject({
      value: 111,
      unit: "agreements",
      refers_to_kind: "as-of",
      refers_to: "2017-01-13",
      refers_to_earliest: "2017-01-13",
      refers_to_latest: "2017-01-13",
      refers_to_precision: "day",
      // Neither an event nor a publication date: nothing to say when it was reported.
      reported_on: undefined,
      reported_on_latest: undefined,
      source_id: "skyline-ians-2017-china-158-countries",
      citation_link:
        "https://www.skylineuniversity.ac.ae/knowledge-update/international-business/china-establishes-technological-cooperation-with-158-countries#:~:text=a%20total%20of%20111%20intergovernmental%20agreements",
    });
    expect(series.find((r) => r.statistic_id === "2018-11-29-partner-country-experts-working-in-china")).toMatchObject({
      refers_to_kind: "period",
      refers_to: "2018",
      refers_to_earliest: "2018-01-01",
      refers_to_latest: "2018-12-31",
      refers_to_precision: "year",
      reported_on: "2018-11-29",
      reported_on_earliest: "2018-11-29",
      reported_on_latest: "2018-11-29",
      reported_on_precision: "day",
      reported_at_id: "2018-11-29-uk-ciep-guest-of-honour-launch",
    });
  });

  it("dates unknown and source-dated figures by their bounds, and targets by their horizon (made-up fixture)", () => {
    const { files } = artifacts(analystDataset(), "0.0.0");
    const rows = readPackage((path) => files.get(`exports/${path}`)!).tables.get("series")!;
    const row = (id: string) => rows.find((r) => r.statistic_id === id);
    // As of an unknown date no later than 2013-12: only an upper bound.
    expect(row("example-as-of-unknown")).toMatchObject({ refers_to_kind: "as-of", refers_to: undefined, refers_to_earliest: undefined, refers_to_latest: "2013-12-31", refers_to_precision: undefined, reported_on: "2013", reported_on_earliest: "2013-01-01", reported_on_latest: "2013-12-31", reported_on_precision: "year" });
    expect(row("example-period")).toMatchObject({ refers_to_kind: "period", refers_to: "2012", refers_to_earliest: "2012-01-01", refers_to_latest: "2012-12-31", refers_to_precision: "year" });
    // No event: reported when its source was published, somewhere in 2013 to 2014-03-31.
    expect(row("example-source-dated")).toMatchObject({ refers_to_kind: "reported", refers_to: undefined, refers_to_earliest: "2013-01-01", refers_to_latest: "2014-03-31", reported_on_earliest: "2013-01-01", reported_on_latest: "2014-03-31", reported_at_id: undefined });
    expect(row("example-target")).toMatchObject({ kind: "target", refers_to_kind: "reported", refers_to: "2013", horizon_earliest: "2016-01-01", horizon_latest: "2016-12-31", horizon_precision: "year" });
  });
});
