import { describe, expect, it } from "vitest";
import { indicators, seriesOf, statisticDate, statistics, type IndicatorId } from "../src/index.js";
import { statisticRelations } from "../src/lib/relations.js";
import { siteTestDataset } from "./site-helpers.js";

// Holds for any valid data: every series is in date order and one scope, kind and currency.
describe("every indicator's series", () => {
  const keys = new Set(statistics.map((s) => `${s.indicator}|${s.scope}|${s.kind}`));
  it.each([...keys])("%s is ordered and never mixes scopes, kinds or currencies", (key) => {
    const [indicator, scope, kind] = key.split("|") as [IndicatorId, (typeof statistics)[number]["scope"], (typeof statistics)[number]["kind"]];
    const series = seriesOf(indicator, { scope, kind });
    expect(series.length).toBeGreaterThan(0);
    expect(new Set(series.map((s) => `${s.scope}|${s.kind}|${s.currency ?? ""}`)).size).toBe(1);
    const dates = series.map((s) => statisticDate(s) ?? "");
    expect(dates).toEqual([...dates].sort());
  });

  it("has an indicator behind every value", () => {
    const known = new Set<string>(indicators.map((i) => i.id));
    expect(statistics.filter((s) => !known.has(s.indicator))).toEqual([]);
  });
});

describe("seriesOf over any records", () => {
  const data = siteTestDataset();
  const { seriesOf } = statisticRelations(data);
  const funding = "example-joint-research-funding";

  it("picks a currency, or values without one with \"\"", () => {
    expect(seriesOf(funding, { currency: "CNY" }).map((s) => s.id)).toEqual(["example-2024-joint-research-funding", "example-2024-joint-research-funding-at-session"]);
    expect(seriesOf(funding, { currency: "" })).toEqual([]);
  });

  it("throws, naming the currencies, rather than mix them", () => {
    const usd = { ...data.statistics.find((s) => s.id === "example-2024-joint-research-funding")!, id: "example-usd", currency: "USD" };
    const mixed = statisticRelations({ ...data, statistics: [...data.statistics, usd] });
    expect(() => mixed.seriesOf(funding)).toThrow(/several currencies \((CNY, USD|USD, CNY)\); pass \{ currency \}/);
    expect(mixed.seriesOf(funding, { currency: "USD" }).map((s) => s.id)).toEqual(["example-usd"]);
  });
});
