import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectionNames, collections, type CollectionName } from "../src/lib/collections.js";
import { describe as describeSchema, formOf, type Described } from "../src/lib/schema-walk.js";
import { dataset, root } from "./helpers.js";

// Written from reading the five source documents, not from the program's output.
const S0 = "most-zhang-guangjun-meets-spanish-ambassador";
const S1 = "most-wang-zhigang-meets-sco-secretary-general";
const S2 = "belt-and-road-sti-agreements-press-report";
const S3 = "most-talks-with-panamanian-foreign-ministry";
const S4 = "scio-innovation-driven-development-transcript";

const data = dataset();

function citing(source: string): Record<string, number> {
  return Object.fromEntries(
    collectionNames
      .filter((name) => collections[name].cited && name !== "sources")
      .map((name) => [name, (data[name] as { citations: { source: string }[] }[]).filter((r) => r.citations.some((c) => c.source === source)).length]),
  );
}

describe("each source document yields the records a reader finds in it", () => {
  it.each([
    // Zhang Guangjun and ambassador Rafael Dezcallar, four MOST officials from three bodies; MOST, its
    // department of international cooperation, the exchange centre, the Torch centre, the embassy and government of Spain.
    [S0, { organizations: 6, people: 6, programs: 0, agreements: 0, mechanisms: 0, events: 1, participations: 6, indicators: 0, statistics: 0 }],
    // Wang Zhigang and Zhang Ming, Yerik Ashimov for the SCO, three MOST officials; MOST, SCO, two MOST departments; the Belt and Road Initiative.
    [S1, { organizations: 4, people: 6, programs: 1, agreements: 0, mechanisms: 0, events: 1, participations: 6, indicators: 0, statistics: 0 }],
    // One press conference: its host, Zhang Guangjun, the (unnamed) media; six figures; the initiative, the action plan and five platforms.
    [S2, { organizations: 2, people: 1, programs: 7, agreements: 0, mechanisms: 0, events: 1, participations: 3, indicators: 6, statistics: 6 }],
    // Cai Jianing, Nicole Wong, ambassador Escobar Pedreschi; MOST, its department, Panama's foreign ministry and embassy; four programmes.
    [S3, { organizations: 4, people: 3, programs: 4, agreements: 0, mechanisms: 0, events: 1, participations: 3, indicators: 0, statistics: 0 }],
    // One press conference: SCIO as host, China Daily's question, Zhang Guangjun, "Mr. Wang"; four figures; four programmes.
    [S4, { organizations: 3, people: 1, programs: 4, agreements: 0, mechanisms: 0, events: 1, participations: 4, indicators: 4, statistics: 4 }],
  ])("%s", (source, counts) => {
    expect(citing(source)).toEqual(counts);
  });

  it("gives each of the five documents the URL of the page it was archived from", () => {
    const url = (id: string) => data.sources.find((s) => s.id === id)?.url;
    expect([S0, S1, S2, S3, S4].map(url)).toEqual([
      "https://en.safea.gov.cn/pressroom/202206/t20220622_181226.htm",
      "https://en.safea.gov.cn/pressroom/202202/t20220228_179546.htm",
      "http://www.lwxsd.com/en/info_view.php?tab=mynews&VID=44327",
      "https://en.safea.gov.cn/pressroom/201809/t20180920_141790.htm",
      "http://www.china.org.cn/china/2023-03/09/content_85156734_6.htm",
    ]);
  });
});

describe("people and organizations are one record each", () => {
  const eventsOf = (person: string) => data.participations.filter((p) => p.person === person).map((p) => p.event).sort();

  it("Dai Gang, at the Spanish and the SCO meetings, is one person with two participations", () => {
    expect(data.people.filter((p) => p.name === "Dai Gang")).toHaveLength(1);
    expect(eventsOf("dai-gang")).toEqual(expect.arrayContaining(["2022-02-18-most-sco-meeting", "2022-04-28-most-spain-video-meeting"]));
  });

  it("Zhang Guangjun is one person in three events", () => {
    expect(data.people.filter((p) => p.name === "Zhang Guangjun")).toHaveLength(1);
    const seeded = [S0, S2, S4].map((source) => data.events.find((e) => e.citations.some((c) => c.source === source))!.id);
    expect(eventsOf("zhang-guangjun")).toEqual(expect.arrayContaining(seeded));
  });

  it("the Department of International Cooperation is one organization, part of MOST", () => {
    const departments = data.organizations.filter((o) => o.name === "Department of International Cooperation");
    expect(departments).toHaveLength(1);
    expect(departments[0]!.parent).toBe("ministry-of-science-and-technology");
  });

  it("'Mr. Wang' is not turned into Wang Zhigang", () => {
    const wang = data.participations.find((p) => p.nameInSource === "Mr. Wang")!;
    expect(wang.person).toBeUndefined();
    const seeded = new Set(data.events.filter((e) => e.citations.some((c) => [S0, S1, S2, S3, S4].includes(c.source))).map((e) => e.id));
    expect(data.participations.filter((p) => p.person === "wang-zhigang" && seeded.has(p.event)).map((p) => p.event)).toEqual(["2022-02-18-most-sco-meeting"]);
  });
});

describe("uncertainty is kept", () => {
  const fromSeeds = (source: string) => data.statistics.filter((s) => s.citations.some((c) => c.source === source));

  it("every 'more than' and 'over' figure of the two press conferences keeps its comparator", () => {
    const moreThan = [...fromSeeds(S2), ...fromSeeds(S4)].filter((s) => s.comparator === "more-than").map((s) => s.value).sort((a, b) => a - b);
    expect(moreThan).toEqual([50, 80, 160, 10000]);
  });

  it("the 80 countries are Belt and Road partners; the 116 agreements are overall", () => {
    const eighty = fromSeeds(S2).find((s) => s.value === 80)!;
    expect([eighty.comparator, eighty.scope]).toEqual(["more-than", "belt-and-road-partners"]);
    const agreements = fromSeeds(S4).find((s) => s.value === 116)!;
    expect([agreements.comparator, agreements.scope, agreements.indicator]).toEqual(["exact", "all-partners", "intergovernmental-sti-agreements"]);
  });

  it("the 48 conferences are a count for 2022", () => {
    expect(fromSeeds(S4).find((s) => s.value === 48)!.reference).toEqual({ kind: "period", period: "2022" });
  });

  it("the March 2023 transcript does not date its press conference: other reports of it do, and the date stays inferred", () => {
    const event = data.events.find((e) => e.citations.some((c) => c.source === S4))!;
    expect(event.date).toMatchObject({ status: "inferred", value: "2023-02-24" });
    expect(event.citations.some((c) => c.source !== S4)).toBe(true);
  });

  it("the press conference 'on the afternoon of the 30th' has an inferred date, with its basis", () => {
    const event = data.events.find((e) => e.citations.some((c) => c.source === S2))!;
    expect(event.date).toMatchObject({ status: "inferred", value: "2023-10-30" });
    expect(event.date.status === "inferred" && event.date.basis).toMatch(/30th/);
  });

  it("the meetings with stated dates keep them", () => {
    const seeded = data.events.filter((e) => e.citations.some((c) => [S0, S1, S3].includes(c.source)));
    const stated = seeded.filter((e) => e.date.status === "stated").map((e) => e.date.status === "stated" && e.date.value).sort();
    expect(stated).toEqual(["2018-07-26", "2022-02-18", "2022-04-28"]);
  });
});

// The archived texts are beside the project (../shared/seeds); a clone without them skips these.
const seeds = join(root, "..", "shared", "seeds");
describe.skipIf(!existsSync(seeds))("every citation can be checked against its document", () => {
  const archived = data.sources.filter((s) => s.archivedText !== undefined);
  const paragraphs = new Map(
    archived.map((s) => [s.id, readFileSync(join(seeds, s.archivedText!), "utf8").split("\n").filter((line) => line.trim() !== "")]),
  );
  const citesArchived = <T extends { citations: { source: string }[] }>(records: readonly T[]) => records.filter((r) => r.citations.some((c) => paragraphs.has(c.source)));
  const cited = (record: { citations: { source: string; paragraph: number }[] }) =>
    record.citations.map((c) => paragraphs.get(c.source)?.[c.paragraph - 1] ?? "").join("\n");

  it("every cited paragraph exists", () => {
    for (const name of collectionNames.filter((n) => collections[n].cited)) {
      for (const record of data[name] as { id: string; citations: { source: string; paragraph: number }[] }[]) {
        for (const c of record.citations.filter((c) => paragraphs.has(c.source))) expect(paragraphs.get(c.source)![c.paragraph - 1], `${name}/${record.id}`).toBeDefined();
      }
    }
  });

  it("names stand in the paragraphs their records cite", () => {
    const named = citesArchived([...data.people, ...data.organizations, ...data.programs]).filter((r) => r.citations.every((c) => paragraphs.has(c.source)));
    for (const record of named) {
      const text = cited(record);
      expect([record.name, ...(record.otherNames ?? [])].some((name) => text.includes(name)), record.id).toBe(true);
    }
  });

  it("each participation's title stands verbatim in a cited paragraph", () => {
    // Only where every cited page is archived here: a title may come from a page that is not.
    const checkable = data.participations.filter((p) => p.title && p.citations.every((c) => paragraphs.has(c.source)));
    for (const p of checkable) expect(cited(p), p.id).toContain(p.title);
  });

  it("each statistic's value stands in a cited paragraph", () => {
    // 2000 may be printed "2,000": thousands separators are optional.
    const printed = (value: number) => new RegExp(`(?<![\\d,.])${String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",?")}(?![\\d])`);
    expect("trained 2,000 people").toMatch(printed(2000));
    expect("trained 12,000 people").not.toMatch(printed(2000));
    for (const s of citesArchived(data.statistics)) expect(cited(s), s.id).toMatch(printed(s.value));
  });

  it("no text of ours repeats twelve words in a row from a document (titles and names aside)", () => {
    const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const grams = new Set<string>();
    for (const lines of paragraphs.values()) {
      const w = words(lines.join(" "));
      for (let i = 0; i + 12 <= w.length; i += 1) grams.add(w.slice(i, i + 12).join(" "));
    }
    // Our own words: every text the schema does not mark as copied from a source (names, headlines, locators).
    const ours: string[] = [];
    const collect = (value: unknown, shape: Described | undefined): void => {
      if (shape?.kind === "union") shape = formOf(shape, value);
      if (shape?.meta.verbatim) return;
      if (typeof value === "string") ours.push(value);
      else if (Array.isArray(value)) value.forEach((item) => collect(item, shape?.kind === "array" ? shape.item : undefined));
      else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) collect(v, shape?.kind === "object" ? shape.fields.find((f) => f.key === k)?.schema : undefined);
      }
    };
    for (const name of collectionNames) for (const record of data[name as CollectionName]) collect(record, describeSchema(collections[name].schema));
    const copied = ours.filter((text) => {
      const w = words(text);
      for (let i = 0; i + 12 <= w.length; i += 1) if (grams.has(w.slice(i, i + 12).join(" "))) return true;
      return false;
    });
    expect(copied).toEqual([]);
  });
});
