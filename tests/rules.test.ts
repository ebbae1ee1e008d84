import { describe, expect, it } from "vitest";
import type { Dataset } from "../src/collections.js";
import { validateDataset } from "../src/validate.js";
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
    expect(rulesBrokenBy((d) => (find(d.sources, "belt-and-road-sti-agreements-press-report").published = "2027-01"))).toEqual(["date/future"]);
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
    expect(rulesBrokenBy((d) => (d.statistics[0]!.reportedBy = "dai-gang"))).toEqual(["statistic/reporter-absent"]);
  });

  it("reject an organization that is its own ancestor", () => {
    expect(rulesBrokenBy((d) => (find(d.organizations, "ministry-of-science-and-technology").parent = "most-department-of-international-cooperation"))).toEqual([
      "organization/parent-cycle",
      "organization/parent-cycle",
    ]);
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
