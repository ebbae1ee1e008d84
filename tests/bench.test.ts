import { describe, expect, it } from "vitest";
import { median, ratioNoise, spread } from "../bench/stats.js";
import { judge, outcome, verdict, type Figure, type Target } from "../bench/targets.js";

// The bench's judging, on made-up figures: nothing here is timed.
const registry: Target[] = [
  { row: "validate", measure: "× floor", limit: 1.15, records: 100_000 },
  { row: "build", measure: "peak RSS MiB", limit: 600, records: 100_000 },
  { row: "start-up", measure: "ms", limit: 100 },
];
const figure = (row: string, measure: Figure["measure"], value: number, noise: number, records?: number): Figure => ({
  row,
  measure,
  value,
  noise,
  ...(records ? { records } : {}),
});

describe("bench: a target is missed only by more than the run's noise", () => {
  it("is met at or under the limit, within noise just over it, missed beyond the noise", () => {
    expect(verdict(1.15, 0, 1.15)).toBe("met");
    expect(verdict(1.2, 0.05, 1.15)).toBe("noise");
    expect(verdict(1.21, 0.05, 1.15)).toBe("missed");
    expect(verdict(101, 0, 100)).toBe("missed");
  });

  it("judges each figure at its target's size and lists the misses", () => {
    const figures = [
      figure("validate", "× floor", 2.1, 0.04, 100_000),
      figure("build", "peak RSS MiB", 610, 0.02, 100_000),
      figure("start-up", "ms", 95, 0.1),
      figure("floor", "× floor", 1, 0.03, 100_000),
    ];
    const { missed, unjudged } = outcome(figures, 100_000, registry);
    expect(missed.map((m) => m.target.row)).toEqual(["validate"]);
    expect(unjudged).toEqual([]);
  });

  it("does not judge a size the run did not reach, but previews the largest one it did", () => {
    const figures = [figure("validate", "× floor", 5, 0, 1_000), figure("validate", "× floor", 5, 0, 10_000), figure("start-up", "ms", 150, 0.1)];
    expect(judge(figures[0]!, 10_000, registry)).toBeUndefined();
    expect(judge(figures[1]!, 10_000, registry)).toMatchObject({ verdict: "missed", judged: false });
    const { missed, unjudged } = outcome(figures, 10_000, registry);
    expect(missed.map((m) => m.target.row)).toEqual(["start-up"]);
    expect(unjudged.map((t) => t.row)).toEqual(["validate", "build"]);
  });

  it("leaves a target with no figure (a row not available) unjudged, not missed", () => {
    const { missed, unjudged } = outcome([figure("start-up", "ms", 90, 0)], 100_000, registry);
    expect(missed).toEqual([]);
    expect(unjudged.map((t) => t.row)).toEqual(["validate", "build"]);
  });
});

describe("bench: noise is the spread of the repetitions", () => {
  it("is the interquartile range over the median, and adds in quadrature for a ratio", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(spread([90, 100, 110])).toBeCloseTo(0.1);
    expect(spread([100, 100, 100, 100, 500])).toBe(0);
    expect(ratioNoise(0.03, 0.04)).toBeCloseTo(0.05);
  });
});
