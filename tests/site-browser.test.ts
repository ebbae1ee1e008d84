import { join } from "node:path";
import { pathToFileURL } from "node:url";
import axe from "axe-core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statisticRelations } from "../src/lib/relations.js";
import { scaleMultipliers } from "../src/lib/codes.js";
import { chromiumMissing, hasChromium, launchChromium, serveStatic } from "../src/site/browser.js";
import { dateMidpoint } from "../src/site/chart.js";
import type { SiteDataset } from "../src/site/model.js";
import { buildTestSite, siteTestDataset } from "./site-helpers.js";

// The site in Debian's Chromium (headless, driven by playwright-core): each page type, the filters,
// a citation link, the charts, the search, the console, and where requests go. Requests that leave
// the site are answered by nothing: they are recorded and aborted, so no test leaves the machine.
const available = hasChromium();

// What the callbacks run in the page use of the DOM (this project's types leave the DOM out).
declare const document: { activeElement: { id: string; className: string } | null };
declare const location: { search: string };
declare const window: { axe: typeof axe };
type Visible = { offsetParent: unknown; querySelector(selector: string): { getAttribute(name: string): string | null } | null };
if (!available) console.warn(`Skipping the browser tests. ${chromiumMissing}`);

let dataset: SiteDataset;
let site: ReturnType<typeof buildTestSite>;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;

interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to anywhere but the site, each aborted. */
  external: string[];
}

async function open(path: string, base = server.url): Promise<Opened> {
  const page = await browser.context.newPage();
  const opened: Opened = { page, errors: [], external: [] };
  page.on("console", (message) => {
    if (message.type() === "error") opened.errors.push(message.text());
  });
  page.on("pageerror", (error) => opened.errors.push(error.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith("file:")) return route.continue();
    opened.external.push(url);
    return route.abort();
  });
  await page.goto(base + path);
  return opened;
}

/** Runs axe-core in the page: every WCAG 2 A/AA rule and best practice it has; returns the violations. */
async function accessibilityViolations(page: Page) {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() => window.axe.run(document as never, { resultTypes: ["violations"] }));
  return results.violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

// The page's own address: page.url() learns of a history.replaceState only later, by an event.
const query = async (page: Page) => new URLSearchParams(await page.evaluate(() => location.search));

const visibleEvents = (page: Page) =>
  page.$$eval("li.event", (items) => (items as unknown as Visible[]).filter((li) => li.offsetParent !== null).map((li) => li.querySelector(":scope > a")!.getAttribute("href")!.replace(/^events\/|\.html$/g, "")));

// The filters' meaning, written out here apart from the site's code.
function yearOf(date: SiteDataset["events"][number]["date"]): string {
  if (date.status !== "unknown") return date.value.slice(0, 4);
  return date.notBefore?.slice(0, 4) === date.notAfter.slice(0, 4) ? date.notAfter.slice(0, 4) : "unknown";
}
const matches: Record<string, (event: SiteDataset["events"][number], value: string) => boolean> = {
  year: (event, value) => yearOf(event.date) === value,
  country: (event, value) => (event.counterpartCountries ?? []).includes(value),
  organization: (event, value) => (event.counterpartOrganizations ?? []).includes(value),
  official: (event, value) => dataset.participations.some((p) => p.event === event.id && p.person === value && p.side === "china"),
  kind: (event, value) => event.kind === value,
  mechanism: (event, value) => event.session?.mechanism === value,
};
const expected = (chosen: Record<string, string>) => dataset.events.filter((event) => Object.entries(chosen).every(([filter, value]) => matches[filter]!(event, value))).map((e) => e.id).sort();

describe.skipIf(!available)("the site in Chromium", () => {
  beforeAll(async () => {
    dataset = siteTestDataset();
    site = buildTestSite(dataset);
    server = await serveStatic(site.folder);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  const first = <T extends { id: string }>(records: readonly T[]) => records[0]!.id;

  it("opens each page type with no console error, no request leaving the site, and no accessibility violation", async () => {
    const country = dataset.events.flatMap((e) => e.counterpartCountries ?? [])[0]!;
    const paths = [
      "index.html",
      "timeline.html",
      `search.html?q=${encodeURIComponent(dataset.people[0]!.name)}`,
      "downloads.html",
      "sources/index.html",
      "countries/index.html",
      `countries/${country.toLowerCase()}.html`,
      ...(["people", "organizations", "indicators", "programs", "agreements", "mechanisms"] as const).map((c) => `${c}/index.html`),
      `events/${first(dataset.events)}.html`,
      "events/2024-05-15-example-joint-committee.html",
      `people/${first(dataset.people)}.html`,
      `organizations/${first(dataset.organizations)}.html`,
      `indicators/${first(dataset.indicators)}.html`,
      "indicators/example-joint-research-funding.html",
      `programs/${first(dataset.programs)}.html`,
      `agreements/${first(dataset.agreements)}.html`,
      `mechanisms/${first(dataset.mechanisms)}.html`,
    ];
    for (const path of paths) {
      const { page, errors, external } = await open(path);
      expect(await page.locator("h1").count(), path).toBe(1);
      expect(await accessibilityViolations(page), path).toEqual([]);
      expect(errors, path).toEqual([]);
      expect(external, path).toEqual([]);
      await page.close();
    }
  });

  it("is usable by keyboard: the first Tab reaches the skip link, which moves to the content", async () => {
    const { page } = await open(`events/${first(dataset.events)}.html`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.close();
  });

  it("filters the timeline by each filter's every value, keeps the choice in the address, and restores it from there", async () => {
    const { page, errors, external } = await open("timeline.html");
    expect((await visibleEvents(page)).sort()).toEqual(dataset.events.map((e) => e.id).sort());
    for (const filter of Object.keys(matches)) {
      const select = page.locator(`select[name="${filter}"]`);
      const values = (await select.locator("option").evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value))).filter(Boolean);
      // Every value that some event has is offered.
      const offered = new Set(dataset.events.flatMap((event) => [...new Set([yearOf(event.date), ...(event.counterpartCountries ?? []), ...(event.counterpartOrganizations ?? []), ...dataset.participations.filter((p) => p.event === event.id && p.side === "china" && p.person).map((p) => p.person!), event.kind, event.session?.mechanism ?? ""])].filter((v) => matches[filter]!(event, v))));
      expect(new Set(values), filter).toEqual(offered);
      for (const value of values) {
        await select.selectOption(value);
        expect((await visibleEvents(page)).sort(), `${filter}=${value}`).toEqual(expected({ [filter]: value }));
        expect((await query(page)).get(filter)).toBe(value);
      }
      await select.selectOption("");
      expect((await query(page)).has(filter)).toBe(false);
    }
    // Two filters at once, shared by address: a new page opened at that address shows the same events.
    const event = dataset.events.find((e) => e.counterpartCountries) ?? dataset.events[0]!;
    await page.locator('select[name="year"]').selectOption(yearOf(event.date));
    await page.locator('select[name="kind"]').selectOption(event.kind);
    const chosen = { year: yearOf(event.date), kind: event.kind };
    expect((await visibleEvents(page)).sort()).toEqual(expected(chosen));
    const shared = await open(`timeline.html?${(await query(page)).toString()}`);
    expect((await visibleEvents(shared.page)).sort()).toEqual(expected(chosen));
    expect(await shared.page.locator('select[name="kind"]').inputValue()).toBe(event.kind);
    await shared.page.getByRole("button", { name: "Show all" }).click();
    expect((await visibleEvents(shared.page)).length).toBe(dataset.events.length);
    expect((await query(shared.page)).toString()).toBe("");
    expect([...errors, ...shared.errors]).toEqual([]);
    expect([...external, ...shared.external]).toEqual([]);
    await shared.page.close();
    await page.close();
  });

  it("follows a citation link to the source's address, with the cited words as its text fragment", async () => {
    const { page, errors, external } = await open("events/2024-05-15-example-joint-committee.html");
    const link = page.locator('a.citation[href*=":~:text="]').first();
    // From the fixture: the source's URL and the citation's locator "the third session".
    expect(await link.getAttribute("href")).toBe("https://example.org/pressroom/202405/t20240520_1.htm#:~:text=the%20third%20session");
    const request = page.waitForRequest((r) => !r.url().startsWith(server.url));
    await link.click({ noWaitAfter: true });
    expect((await request).url()).toBe("https://example.org/pressroom/202405/t20240520_1.htm");
    await expect.poll(() => external).toEqual(["https://example.org/pressroom/202405/t20240520_1.htm"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws every indicator's series with the values of the series, in date order, higher values higher", async () => {
    const { seriesOf, statisticDate } = statisticRelations(dataset);
    for (const indicator of dataset.indicators) {
      const { page, errors, external } = await open(`indicators/${indicator.id}.html`);
      const sections = await page.locator("section.series").all();
      const statistics = dataset.statistics.filter((s) => s.indicator === indicator.id);
      expect(sections.length > 0).toBe(statistics.length > 0);
      let shown = 0;
      for (const section of sections) {
        const [kind, scope, currency] = await Promise.all(["data-kind", "data-scope", "data-currency"].map((a) => section.getAttribute(a)));
        const series = seriesOf(indicator.id, { kind: kind as "achieved", scope: scope as "other", currency: currency! });
        shown += series.length;
        // The table beneath lists the series in its order.
        expect(await section.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.id))).toEqual(series.map((s) => s.id));
        const points = await section.locator("svg [data-statistic]").evaluateAll((marks) =>
          marks.map((m) => {
            const box = m.getBoundingClientRect();
            return { id: m.getAttribute("data-statistic")!, value: Number(m.getAttribute("data-value")), x: box.x + box.width / 2, y: box.y + box.height / 2, circle: m.tagName === "circle" };
          }),
        );
        const inSeries = series.filter((s) => points.some((p) => p.id === s.id));
        expect(points.length).toBe(inSeries.length);
        expect(points.length).toBeGreaterThan(0);
        for (const s of inSeries) expect(points.find((p) => p.id === s.id)!.value).toBeCloseTo(s.value * (s.scale ? scaleMultipliers[s.scale] : 1));
        // Date order on the x axis, a year or month drawn at its middle (targets by their horizon,
        // which is their order too when they share one).
        if (kind === "achieved") {
          const byMiddle = [...inSeries].sort((a, b) => dateMidpoint(statisticDate(a) ?? "").getTime() - dateMidpoint(statisticDate(b) ?? "").getTime());
          const xs = byMiddle.map((s) => points.find((p) => p.id === s.id)!.x);
          expect(xs).toEqual([...xs].sort((a, b) => a - b));
        }
        const dots = points.filter((p) => p.circle);
        for (const a of dots) for (const b of dots) if (a.value > b.value) expect(a.y).toBeLessThan(b.y);
      }
      expect(shown).toBe(statistics.length);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await page.close();
    }
  });

  it("finds a person by name (and by the name in its own script) and opens their page", async () => {
    for (const person of dataset.people.slice(0, 5)) {
      const { page, errors, external } = await open("search.html");
      await page.locator("#search-query").fill(person.name);
      const result = page.locator(`#search-results a[href="people/${person.id}.html"]`);
      await expect.poll(() => result.count()).toBe(1);
      expect((await query(page)).get("q")).toBe(person.name);
      await result.click();
      await page.waitForURL(`**/people/${person.id}.html`);
      expect(await page.locator("h1").textContent()).toBe(person.name);
      expect([errors, external]).toEqual([[], []]);
      await page.close();
    }
    const { page } = await open(`index.html`);
    await page.locator("#site-search").fill("Вучић");
    await page.locator("#site-search").press("Enter");
    await page.waitForURL("**/search.html?q=*");
    await expect.poll(() => page.locator('#search-results a[href="people/example-minister-vucic.html"]').count()).toBe(1);
    await page.close();
  });

  it("works from file:// too: the filters, their address, and the search", async () => {
    const base = pathToFileURL(site.folder).href + "/";
    const event = dataset.events[0]!;
    const { page, errors, external } = await open(`timeline.html?kind=${event.kind}`, base);
    expect((await visibleEvents(page)).sort()).toEqual(expected({ kind: event.kind }));
    await page.locator('select[name="year"]').selectOption(yearOf(event.date));
    expect((await query(page)).get("year")).toBe(yearOf(event.date));
    expect((await visibleEvents(page)).sort()).toEqual(expected({ kind: event.kind, year: yearOf(event.date) }));
    const search = await open(`search.html?q=${encodeURIComponent(dataset.people[0]!.name)}`, base);
    await expect.poll(() => search.page.locator(`#search-results a[href="people/${dataset.people[0]!.id}.html"]`).count()).toBe(1);
    expect([...errors, ...search.errors]).toEqual([]);
    expect([...external, ...search.external]).toEqual([]);
    await page.close();
    await search.page.close();
  });

  it("shows its pages without JavaScript: the timeline lists every event and the charts are drawn", async () => {
    const page = await browser.context.newPage();
    await page.route("**/*.js", (route) => route.abort());
    await page.goto(`${server.url}timeline.html`);
    expect((await visibleEvents(page)).length).toBe(dataset.events.length);
    await page.goto(`${server.url}indicators/example-joint-research-funding.html`);
    expect(await page.locator("svg [data-statistic]").count()).toBe(dataset.statistics.filter((s) => s.indicator === "example-joint-research-funding").length);
    await page.close();
  });
});
