import { describe, expect, it } from "vitest";
import type { UncheckedDataset } from "../src/lib/collections.js";
import { NameIndex } from "../src/lib/hints.js";
import { validateDataset } from "../src/lib/validate.js";

// "Did you mean" over many ids: ids shaped like the real ones, which share long prefixes (dates,
// event names) and suffixes (people's names), the case that made the search quadratic.
const words = ["most", "spain", "video", "meeting", "talks", "sco", "panama", "belt", "road", "press", "conference", "kenya", "visit"];
const names = ["dai-gang", "zhang-guangjun", "wang-zhigang", "li-meng", "chen-jiachang", "ma-zhaoxu", "yin-hejun"];
const eventOf = (i: number) => `20${10 + (i % 15)}-0${1 + (i % 9)}-${10 + (i % 19)}-${words[i % 13]}-${words[(i * 7) % 13]}-${Math.floor(i / 7)}`;
const ids = Array.from({ length: 10_000 }, (_, i) => `${eventOf(i)}-${names[i % 7]}`);

// One typo each (a letter too many), at the start, in the middle or at the end of the id.
function misspelt(id: string, i: number): string {
  const at = [1, Math.floor(id.length / 2), id.length - 1][i % 3]!;
  return `${id.slice(0, at)}q${id.slice(at)}`;
}

describe("nearest-id hints", () => {
  it("find the id meant, wherever the typo is", () => {
    const index = new NameIndex(ids);
    const sample = ids.filter((_, i) => i % 97 === 0);
    const found = sample.map((id, i) => index.nearest(misspelt(id, i)));
    expect(found.filter((near, i) => near !== sample[i])).toEqual([]);
    expect(index.nearest("nothing-like-any-of-them")).toBeUndefined();
  });

  it("stay fast: 10,000 unresolved references against 10,000 ids in well under a second", () => {
    const index = new NameIndex(ids);
    const misses = ids.map(misspelt);
    for (const miss of misses.slice(0, 1000)) index.nearest(miss); // past the compiler's warm-up
    const start = performance.now();
    for (const miss of misses) index.nearest(miss);
    // The bound is generous (a few times the time taken on a slow machine); a search that compared
    // each miss with each id took many seconds.
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it("through the rules too: 10,000 participations naming misspelt people", () => {
    const citations = [{ source: "s", paragraph: 1 }];
    const dataset: UncheckedDataset = {
      sources: [{ id: "s", title: "A document", kind: "news-report", url: "https://example.org/s", language: "en" }],
      events: [{ id: "e", kind: "meeting", title: "A meeting", summary: "They met.", date: { status: "stated", value: "2022" }, location: { status: "unknown" }, citations }],
      people: ids.map((id) => ({ id, name: "Someone", citations })),
      participations: ids.map((id, i) => ({ id: `p-${i}`, event: "e", person: misspelt(id, i), role: "attended", side: "china", citations })),
    };
    const start = performance.now();
    const problems = validateDataset(dataset, { today: "2026-01-01" }).filter((problem) => problem.rule === "reference/unresolved");
    const elapsed = performance.now() - start;
    expect(problems).toHaveLength(10_000);
    expect(problems[0]!.hint).toBe(`did you mean "${ids[0]}"?`);
    // All of validation (the schemas of 20,000 records included) under a generous bound.
    expect(elapsed).toBeLessThan(5000);
  });
});
