import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticDataset } from "../bench/generate.js";
import { citationLink } from "../src/build/citation-link.js";
import { collectionNames } from "../src/lib/collections.js";
import { dateForOrdering } from "../src/lib/dates.js";
import { buildSite, sitePages } from "../src/site/build.js";
import { layout } from "../src/site/layout.js";
import { chartSvg, type ChartPoint } from "../src/site/chart.js";
import { siteModel, type SiteDataset } from "../src/site/model.js";
import { dataset as realData, root } from "./helpers.js";

type Doc = ReturnType<typeof parseHTML>["document"];
type Element = NonNullable<ReturnType<Doc["querySelector"]>>;
import { buildTestSite, siteTestDataset } from "./site-helpers.js";

describe("citationLink", () => {
  it("adds the locator as a URL text fragment, with '-', ',' and '&' percent-encoded", () => {
    expect(citationLink("https://example.org/a.htm", "the third session")).toBe("https://example.org/a.htm#:~:text=the%20third%20session");
    expect(citationLink("https://example.org/a.htm", "science-and-technology, R&D")).toBe("https://example.org/a.htm#:~:text=science%2Dand%2Dtechnology%2C%20R%26D");
  });
  it("keeps a fragment the address already has, and gives the plain address without a locator", () => {
    expect(citationLink("https://example.org/a.htm#top", "two words")).toBe("https://example.org/a.htm#top:~:text=two%20words");
    expect(citationLink("https://example.org/a.htm")).toBe("https://example.org/a.htm");
  });
});

describe("a chart draws each value as what the source says", () => {
  const points: ChartPoint[] = [
    { id: "about-80", date: "2019", value: 80, comparator: "about", label: "about 80" },
    { id: "exact-160", date: "2020-06", value: 160, comparator: "exact", label: "160" },
    { id: "more-than-160", date: "2021-06-30", value: 160, comparator: "more-than", label: "more than 160" },
    { id: "range-100-200", date: "2022", value: 100, valueHigh: 200, comparator: "between", label: "between 100 and 200" },
    { id: "at-most-50", date: "2023", value: 50, comparator: "at-most", label: "at most 50" },
  ];
  const svg = parseHTML(`<html><body>${chartSvg(points, { label: "Test chart", unit: "countries" })}</body></html>`).document.querySelector("svg")!;
  const mark = (id: string) => {
    const found = svg.querySelectorAll(`[data-statistic="${id}"]`);
    expect(found.length).toBe(1);
    return found[0]!;
  };
  // Where a mark stands: a circle's centre, a symbol's translation, a rule's ends.
  const at = (element: Element) => {
    if (element.tagName.toLowerCase() === "circle") return { x: Number(element.getAttribute("cx")), y: Number(element.getAttribute("cy")) };
    const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(element.getAttribute("transform") ?? "")!;
    return { x: Number(x), y: Number(y) };
  };
  const zero = Number(svg.querySelector('[data-mark="rule"] line')!.getAttribute("y1"));
  const exact = at(mark("exact-160"));
  const y = (value: number) => zero + ((exact.y - zero) * value) / 160;
  // The fill an element is painted with: its own, or the one it inherits (Plot sets a shared fill on a group).
  const fill = (element: Element | null): string | null | undefined => (element ? (element.getAttribute("fill") ?? fill(element.parentElement)) : undefined);
  // The arrows (dashed, hidden from assistive technology), as [x1, y1, x2, y2].
  const arrows = [...svg.querySelectorAll('[data-mark="arrow"] path')].map((path) => /^M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)/.exec(path.getAttribute("d")!)!.slice(1).map(Number));

  it("is one labelled image, every value tagged with its id, value and comparator", () => {
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Test chart");
    expect(svg.querySelectorAll("[aria-label]").length).toBe(0); // no ARIA names inside the image
    for (const point of points) {
      expect(mark(point.id).getAttribute("data-value")).toBe(String(point.value));
      expect(mark(point.id).getAttribute("data-comparator")).toBe(point.comparator);
    }
  });

  it("draws an exact value as a filled dot and an approximate one as a hollow dot at its value", () => {
    expect(mark("exact-160").tagName.toLowerCase()).toBe("circle");
    expect(fill(mark("exact-160"))).toBe("currentColor");
    expect(mark("about-80").tagName.toLowerCase()).toBe("circle");
    expect(fill(mark("about-80"))).toBe("white");
    expect(at(mark("about-80")).y).toBeCloseTo(y(80), 1);
  });

  it("draws 'more than 160' as a bound with an arrow upwards, not as the dot of 160", () => {
    const bound = mark("more-than-160");
    expect(bound.tagName.toLowerCase()).toBe("path");
    expect(fill(bound)).toBe("white");
    const { x, y: y160 } = at(bound);
    expect(y160).toBeCloseTo(exact.y, 1);
    const arrow = arrows.find(([x1, y1]) => Math.abs(x1! - x) < 0.5 && Math.abs(y1! - y160) < 0.5);
    expect(arrow).toBeDefined();
    expect(arrow![3]).toBeLessThan(y160 - 10); // upwards: smaller y on screen
  });

  it("draws 'at most 50' with an arrow down to zero", () => {
    const { x, y: y50 } = at(mark("at-most-50"));
    expect(y50).toBeCloseTo(y(50), 1);
    expect(mark("at-most-50").getAttribute("transform")).toContain("rotate(180)");
    const arrow = arrows.find(([x1, y1]) => Math.abs(x1! - x) < 0.5 && Math.abs(y1! - y50) < 0.5);
    expect(arrow![3]).toBeCloseTo(zero, 1);
  });

  it("draws a range as a bar from its low to its high end", () => {
    const range = mark("range-100-200");
    expect(range.tagName.toLowerCase()).toBe("line");
    const ends = [Number(range.getAttribute("y1")), Number(range.getAttribute("y2"))].sort((a, b) => a - b);
    expect(ends[0]).toBeCloseTo(y(200), 1);
    expect(ends[1]).toBeCloseTo(y(100), 1);
  });

  it("places values in date order and joins none of them with a line", () => {
    const xs = points.map((point) => at(point.comparator === "between" ? { tagName: "g", getAttribute: (name: string) => (name === "transform" ? `translate(${mark(point.id).getAttribute("x1")},0)` : null) } as unknown as Element : mark(point.id)).x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(svg.querySelector('[data-mark="line"]')).toBeNull();
  });
});

describe("the site built from the records", () => {
  const dataset = siteTestDataset();
  const site = buildTestSite(dataset);
  afterAll(site.remove);
  const read = (path: string) => readFileSync(join(site.folder, path), "utf8");
  const cache = new Map<string, Doc>();
  const page = (path: string) => {
    if (!cache.has(path)) cache.set(path, parseHTML(read(path)).document);
    return cache.get(path)!;
  };
  const text = (element: Element | null | undefined) => (element?.textContent ?? "").replaceAll(/\s+/g, " ").trim();
  const htmlFiles = (readdirSync(site.folder, { recursive: true }) as string[]).map((f) => f.split("\\").join("/")).filter((f) => f.endsWith(".html"));
  const sourceUrl = new Map(dataset.sources.map((s) => [s.id, s.url]));

  it("has a page for every record of each paged collection and every counterpart country, titled with its name", () => {
    const expectations: [string, string, string][] = [
      ...dataset.events.map((r) => [`events/${r.id}.html`, r.title, r.id] as [string, string, string]),
      ...dataset.people.map((r) => [`people/${r.id}.html`, r.name, r.id] as [string, string, string]),
      ...dataset.organizations.map((r) => [`organizations/${r.id}.html`, r.name, r.id] as [string, string, string]),
      ...dataset.programs.map((r) => [`programs/${r.id}.html`, r.name, r.id] as [string, string, string]),
      ...dataset.agreements.map((r) => [`agreements/${r.id}.html`, r.title, r.id] as [string, string, string]),
      ...dataset.mechanisms.map((r) => [`mechanisms/${r.id}.html`, r.name, r.id] as [string, string, string]),
      ...dataset.indicators.map((r) => [`indicators/${r.id}.html`, r.name, r.id] as [string, string, string]),
    ];
    for (const [path, title] of expectations) {
      expect(text(page(path).querySelector("h1")), path).toBe(title);
      expect(page(path).querySelectorAll("h1").length).toBe(1);
    }
    const countries = new Set(dataset.events.flatMap((e) => e.counterpartCountries ?? []));
    for (const code of countries) expect(htmlFiles).toContain(`countries/${code.toLowerCase()}.html`);
  });

  it("gives every page a language, a title, the landmarks and the stylesheet", () => {
    for (const path of htmlFiles) {
      const doc = page(path);
      expect(doc.documentElement.getAttribute("lang"), path).toBe("en");
      expect(text(doc.querySelector("title")), path).not.toBe("");
      for (const landmark of ["header", "nav", "main", "footer", 'form[role="search"]']) expect(doc.querySelector(landmark), `${path} ${landmark}`).not.toBeNull();
    }
  });

  it("links within the site only to files that exist and to ids those pages have", () => {
    expect(brokenLinks(site.folder)).toEqual([]);
  });

  it("shows every citation of an event and its participants as a link to the source, at the locator where there is one", () => {
    for (const event of dataset.events) {
      const links = [...page(`events/${event.id}.html`).querySelectorAll("a.citation")].map((a) => a.getAttribute("href")!);
      const cited = [...event.citations, ...dataset.participations.filter((p) => p.event === event.id).flatMap((p) => p.citations)];
      for (const citation of cited) {
        const href = links.find((link) => link.split("#")[0] === sourceUrl.get(citation.source) && (citation.locator === undefined ? !link.includes(":~:") : decodeURIComponent(link.split(":~:text=")[1] ?? "") === citation.locator));
        expect(href, `${event.id}: ${JSON.stringify(citation)}`).toBeDefined();
      }
    }
    // The fixture's one locator, spelled out by hand.
    expect([...page("events/2024-05-15-example-joint-committee.html").querySelectorAll("a.citation")].map((a) => a.getAttribute("href"))).toContain(
      "https://example.org/pressroom/202405/t20240520_1.htm#:~:text=the%20third%20session",
    );
  });

  it("lists each participant with the title of the time, and each person's participations oldest first", () => {
    for (const p of dataset.participations) {
      const row = page(`events/${p.event}.html`).getElementById(p.id);
      expect(row, p.id).not.toBeNull();
      if (p.title) expect(text(row)).toContain(p.title);
    }
    for (const person of dataset.people) {
      const rows = [...page(`people/${person.id}.html`).querySelectorAll("table.participations tbody tr")];
      const own = dataset.participations.filter((p) => p.person === person.id);
      expect(rows.length).toBe(own.length);
      const dates = rows.map((row) => {
        const id = row.querySelector("a")!.getAttribute("href")!.replace("../events/", "").replace(".html", "");
        return dateForOrdering(dataset.events.find((e) => e.id === id)!.date);
      });
      expect(dates).toEqual([...dates].sort());
      for (const p of own) if (p.title) expect(text(page(`people/${person.id}.html`).querySelector("table.participations"))).toContain(p.title);
    }
  });

  it("lists every event on the timeline, newest first, with its filter values", () => {
    const items = [...page("timeline.html").querySelectorAll("li.event")];
    expect(items.length).toBe(dataset.events.length);
    const ids = items.map((li) => li.querySelector("a")!.getAttribute("href")!.replace("events/", "").replace(".html", ""));
    expect(new Set(ids)).toEqual(new Set(dataset.events.map((e) => e.id)));
    for (const li of items) {
      const event = dataset.events.find((e) => `events/${e.id}.html` === li.querySelector("a")!.getAttribute("href"))!;
      expect(li.getAttribute("data-country")).toBe((event.counterpartCountries ?? []).join(" "));
      expect(li.getAttribute("data-kind")).toBe(event.kind);
      expect(li.getAttribute("data-mechanism")).toBe(event.session?.mechanism ?? "");
      const officials = new Set(dataset.participations.filter((p) => p.event === event.id && p.side === "china" && p.person).map((p) => p.person));
      expect(new Set(li.getAttribute("data-official")!.split(" ").filter(Boolean))).toEqual(officials);
    }
    // Within each year, newest first.
    for (const section of page("timeline.html").querySelectorAll("section.year")) {
      const dates = [...section.querySelectorAll("li.event > a")].map((a) => dateForOrdering(dataset.events.find((e) => `events/${e.id}.html` === a.getAttribute("href"))!.date));
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it("puts every statistic in its indicator's table and chart, in a series of its own kind, scope and currency", () => {
    for (const s of dataset.statistics) {
      const doc = page(`indicators/${s.indicator}.html`);
      const row = doc.getElementById(s.id)!;
      expect(row, s.id).not.toBeNull();
      const section = row.closest("section.series")!;
      expect(section.getAttribute("data-kind")).toBe(s.kind);
      expect(section.getAttribute("data-scope")).toBe(s.scope);
      expect(section.getAttribute("data-currency")).toBe(s.currency ?? "");
      expect(section.querySelectorAll(`svg [data-statistic="${s.id}"]`).length).toBe(1);
      for (const citation of s.citations) expect([...row.querySelectorAll("a.citation")].some((a) => a.getAttribute("href")!.startsWith(sourceUrl.get(citation.source)!))).toBe(true);
    }
  });

  it("links every export and schema file from the downloads page, and copies it", () => {
    const links = new Set([...page("downloads.html").querySelectorAll("ul.downloads a")].map((a) => a.getAttribute("href")));
    for (const folder of ["exports", "schemas"]) {
      for (const file of readdirSync(join(root, folder), { recursive: true }) as string[]) {
        if (!file.includes(".")) continue;
        const path = `${folder}/${file.split("\\").join("/")}`;
        expect(links, path).toContain(path);
        expect(read(path)).toBe(readFileSync(join(root, path), "utf8"));
      }
    }
  });

  it("indexes every person, event and organization for the search", () => {
    const script = read("assets/search-data.js");
    const documents = JSON.parse(script.slice(script.indexOf("=") + 1).trim().replace(/;$/, "")) as { title: string; url: string }[];
    for (const person of dataset.people) expect(documents).toContainEqual(expect.objectContaining({ title: person.name, url: `people/${person.id}.html` }));
    for (const event of dataset.events) expect(documents).toContainEqual(expect.objectContaining({ title: event.title, url: `events/${event.id}.html` }));
    for (const o of dataset.organizations) expect(documents).toContainEqual(expect.objectContaining({ title: o.name }));
  });
});

/** Every link, stylesheet or script of every page that points at a missing file of the site, or a missing id in a page. */
function brokenLinks(folder: string): string[] {
  const files = new Set((readdirSync(folder, { recursive: true }) as string[]).map((f) => f.split("\\").join("/")));
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!ids.has(path)) ids.set(path, new Set([...parseHTML(readFileSync(join(folder, path), "utf8")).document.querySelectorAll("[id]")].map((e) => e.id)));
    return ids.get(path)!;
  };
  const broken: string[] = [];
  for (const path of [...files].filter((f) => f.endsWith(".html"))) {
    const doc = parseHTML(readFileSync(join(folder, path), "utf8")).document;
    for (const element of doc.querySelectorAll("a[href], link[href], script[src]")) {
      const target = element.getAttribute("href") ?? element.getAttribute("src")!;
      if (/^(https?:|data:)/.test(target)) continue;
      const [file, fragment] = target.split("#") as [string, string?];
      const resolved = file === "" ? path : posix.normalize(posix.join(posix.dirname(path), file.split("?")[0]!));
      if (!files.has(resolved)) broken.push(`${path} → ${target}`);
      else if (fragment && resolved.endsWith(".html") && !idsOf(resolved).has(fragment)) broken.push(`${path} → ${target} (no such id)`);
    }
  }
  return broken;
}

describe("the site of data/ alone", () => {
  it("links only to what it has", () => {
    const site = buildTestSite(realData() as unknown as SiteDataset);
    try {
      expect(brokenLinks(site.folder)).toEqual([]);
    } finally {
      site.remove();
    }
  });
});

describe("a retired id", () => {
  it("keeps its page, which sends the reader to the record that replaced it", () => {
    const data = realData() as unknown as SiteDataset;
    const person = data.people[0]!;
    const retired = { id: `${person.id}-old`, collection: "people" as const, to: person.id, reason: "renamed" as const, retired: "2024" };
    const page = sitePages(siteModel({ ...data, redirects: [retired] })).find((p) => p.path === `people/${retired.id}.html`)!;
    const doc = parseHTML(layout(page, "0.0.0-test")).document;
    expect(doc.querySelector('meta[http-equiv="refresh"]')!.getAttribute("content")).toBe(`0; url=../people/${person.id}.html`);
    expect(doc.querySelector("main a")!.getAttribute("href")).toBe(`../people/${person.id}.html`);
  });
});

describe("the site at ten times the records", () => {
  it("builds a page for every record, in seconds", () => {
    const real = realData();
    const size = 10 * collectionNames.reduce((sum, name) => sum + real[name].length, 0);
    const big = syntheticDataset(real as unknown as Parameters<typeof syntheticDataset>[0], size) as unknown as SiteDataset;
    const scratch = mkdtempSync(join(tmpdir(), "sti-site-scale-"));
    try {
      const start = performance.now();
      const pages = buildSite(big, { out: join(scratch, "site"), version: "0.0.0-test" });
      const seconds = (performance.now() - start) / 1000;
      const paged = big.events.length + big.people.length + big.organizations.length + big.programs.length + big.agreements.length + big.mechanisms.length + big.indicators.length;
      expect(pages).toBeGreaterThan(paged);
      expect(seconds).toBeLessThan(30);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
