import { describe, expect, it } from "vitest";
import type { Dataset } from "../src/lib/collections.js";
import { validateDataset } from "../src/lib/validate.js";
import { dataset } from "./helpers.js";

const today = "2026-11-21";

/** The real dataset with one change, and the rules each problem broke. */
function rulesBrokenBy(change: (data: Dataset) => void): string[] {
  const data = structuredClone(dataset());
  change(data);
  return validateDataset(data, { today }).map((problem) => problem.rule);
}

const find = <T extends { id: string }>(records: T[], id: string) => records.find((record) => record.id === id)!;

describe("cross-record rules", () => {
  it("accept the real dataset", () => {
    expect(validateDataset(dataset(), { today })).toEqual([]);
  });

  it("reject an id used twice in one collection", () => {
    expect(rulesBrokenBy((d) => d.people.push({ ...d.people[0]! }))).toEqual(["id/duplicate"]);
  });

  it("reject a reference to no record, with the nearest id as hint", () => {
    const data = structuredClone(dataset());
    find(data.participations, "2022-04-28-most-spain-video-meeting-dai-gang").person = "dai-gnag";
    const problems = validateDataset(data, { today });
    expect(problems.map((p) => [p.rule, p.path.join(".")])).toEqual([["reference/unresolved", "person"]]);
    expect(problems[0]!.hint).toContain('"dai-gang"');
  });

  it("reject a citation of an unknown source", () => {
    expect(rulesBrokenBy((d) => (d.people[0]!.citations[0]!.source = "nowhere"))).toEqual(["reference/unresolved"]);
  });

  it("reject an event dated after the source that reports it", () => {
    expect(
      rulesBrokenBy((d) => (find(d.events, "2023-10-30-scio-belt-and-road-press-conference").date = { status: "stated", value: "2023-11-02" })),
    ).toEqual(["date/after-source"]);
  });

  it("accept a month or year that overlaps the source's date", () => {
    expect(rulesBrokenBy((d) => (find(d.events, "2023-10-30-scio-belt-and-road-press-conference").date = { status: "stated", value: "2023-10" }))).toEqual([]);
  });

  it("reject a date in the future", () => {
    expect(rulesBrokenBy((d) => (find(d.sources, "belt-and-road-sti-agreements-press-report").published = { status: "stated", value: "2027-01" }))).toEqual(["date/future"]);
  });

  it("reject a person taking part in one event twice", () => {
    expect(
      rulesBrokenBy((d) => d.participations.push({ ...find(d.participations, "2022-04-28-most-spain-video-meeting-dai-gang"), id: "dai-gang-again" })),
    ).toEqual(["participation/duplicate"]);
  });

  it("reject a participation that names nobody", () => {
    expect(
      rulesBrokenBy((d) => {
        const p = find(d.participations, "scio-innovation-driven-development-press-conference-mr-wang");
        delete p.nameInSource;
      }),
    ).toEqual(["participation/no-participant"]);
  });

  it("reject a statistic reported by someone who was not at the event", () => {
    expect(rulesBrokenBy((d) => (find(d.statistics, "scio-innovation-press-conference-intergovernmental-sti-agreements").reportedBy = "dai-gang"))).toEqual(["statistic/reporter-absent"]);
  });

  it("reject an organization that is its own ancestor", () => {
    expect(rulesBrokenBy((d) => (find(d.organizations, "ministry-of-science-and-technology").parent = "most-department-of-international-cooperation"))).toEqual([
      "reference/cycle",
      "reference/cycle",
    ]);
  });

  it("reject an event that is part of itself", () => {
    expect(rulesBrokenBy((d) => (find(d.events, "2022-02-18-most-sco-meeting").partOf = "2022-02-18-most-sco-meeting"))).toEqual(["reference/cycle"]);
  });

  it("reject an event that ends before it begins", () => {
    expect(rulesBrokenBy((d) => (find(d.events, "2022-02-18-most-sco-meeting").endDate = { status: "stated", value: "2022-02-17" }))).toEqual(["date/end-before-start"]);
    expect(rulesBrokenBy((d) => (find(d.events, "2022-02-18-most-sco-meeting").endDate = { status: "stated", value: "2022-02-20" }))).toEqual([]);
  });

  it("reject a virtual event with a city", () => {
    expect(rulesBrokenBy((d) => (find(d.events, "2022-04-28-most-spain-video-meeting").location = { status: "stated", mode: "virtual", city: "Madrid" }))).toEqual([
      "location/virtual-with-place",
    ]);
  });

  it("reject two events as one session of a mechanism, and sessions out of order", () => {
    const withSessions = (second: number, secondDate: string) => (d: Dataset) => {
      d.mechanisms.push({ id: "m", name: "A joint committee", kind: "joint-committee", citations: [{ source: "most-talks-with-panamanian-foreign-ministry", paragraph: 1 }] });
      find(d.events, "2018-07-26-most-panama-talks").session = { mechanism: "m", number: 1 };
      const other = find(d.events, "2022-02-18-most-sco-meeting");
      other.session = { mechanism: "m", number: second };
      other.date = { status: "stated", value: secondDate };
    };
    expect(rulesBrokenBy(withSessions(2, "2022-02-18"))).toEqual([]);
    expect(rulesBrokenBy(withSessions(1, "2022-02-18"))).toEqual(["session/order"]);
    expect(rulesBrokenBy(withSessions(2, "2017-02-18"))).toEqual(["session/order"]);
  });

  it("reject a range without its upper end, and an upper end without a range", () => {
    const statistic = "scio-innovation-press-conference-intergovernmental-sti-agreements";
    expect(rulesBrokenBy((d) => (find(d.statistics, statistic).comparator = "between"))).toEqual(["statistic/range"]);
    expect(rulesBrokenBy((d) => (find(d.statistics, statistic).valueHigh = 200))).toEqual(["statistic/range"]);
    expect(rulesBrokenBy((d) => Object.assign(find(d.statistics, statistic), { comparator: "between", valueHigh: 100 }))).toEqual(["statistic/range"]);
    expect(rulesBrokenBy((d) => Object.assign(find(d.statistics, statistic), { comparator: "between", valueHigh: 120 }))).toEqual([]);
  });

  it("reject a horizon on an achieved value, and allow a target's horizon in the future", () => {
    const statistic = "scio-innovation-press-conference-intergovernmental-sti-agreements";
    const horizon = { status: "inferred" as const, value: "2030", basis: "Within five years." };
    expect(rulesBrokenBy((d) => (find(d.statistics, statistic).horizon = horizon))).toEqual(["statistic/horizon"]);
    expect(rulesBrokenBy((d) => Object.assign(find(d.statistics, statistic), { kind: "target", horizon }))).toEqual([]);
  });

  it("check cited paragraphs and locators against archived texts, where the caller can read them", () => {
    const paragraphs = ["Home > Announcement Board", "A headline", "On April 28, 2022, the two sides met."];
    const archivedText = (file: string) => (file === "000_590e680e7acea10b.txt" ? paragraphs : undefined);
    const run = (change: (d: Dataset) => void) => {
      const data = structuredClone(dataset());
      change(data);
      return validateDataset(data, { today, archivedText }).map((p) => p.rule);
    };
    const event = "2022-04-28-most-spain-video-meeting";
    expect(run((d) => (find(d.events, event).citations = [{ source: "most-zhang-guangjun-meets-spanish-ambassador", paragraph: 3, locator: "the two sides met" }]))).not.toContain("citation/locator-not-found");
    expect(run((d) => (find(d.events, event).citations = [{ source: "most-zhang-guangjun-meets-spanish-ambassador", paragraph: 3, locator: "the three sides met" }]))).toContain("citation/locator-not-found");
    expect(run((d) => (find(d.events, event).citations = [{ source: "most-zhang-guangjun-meets-spanish-ambassador", paragraph: 4 }]))).toContain("citation/beyond-text");
    // The other archived texts are not there: one problem on each of their sources.
    expect(run(() => {}).filter((rule) => rule === "source/archived-text-missing")).toHaveLength(4);
  });

  it("still runs the cross-record checks on a record that fails its schema", () => {
    const rules = rulesBrokenBy((d) => {
      const p = find(d.participations, "2022-04-28-most-spain-video-meeting-dai-gang");
      (p as { role: string }).role = "chairperson";
      p.person = "dai-gnag";
    });
    expect(rules.sort()).toEqual(["reference/unresolved", "schema/enum"]);
  });

  it("report every problem at once, not the first", () => {
    const rules = rulesBrokenBy((d) => {
      d.people.push({ ...d.people[0]! });
      d.statistics[0]!.indicator = "missing";
      (d.events[0] as { kind: string }).kind = "party";
    });
    expect(rules.sort()).toEqual(["id/duplicate", "reference/unresolved", "schema/enum"]);
  });
});
