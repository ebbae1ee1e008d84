import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../src/build/build.js";
import { validateFiles } from "../src/cli/validate-files.js";
import { collectionNames } from "../src/lib/collections.js";
import { readPackage } from "./csv-reader.js";
import type { EventId, IndicatorId } from "../src/index.js";
import { root } from "./helpers.js";

// A contributor's pull request: a new source with an agreement, a mechanism and its numbered session
// held during a visit, people in their own script, a range target, money, and a figure without an
// event. The fixture is made up (example.org) and exercises every kind of record, not a fact.
const contribution = join(root, "tests", "fixtures", "contribution");
const scratch = mkdtempSync(join(tmpdir(), "sti-contribution-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const count = (folder: string) => readdirSync(folder, { recursive: true }).filter((file) => String(file).endsWith(".json")).length;

describe("a valid contribution added to a copy of data/", () => {
  beforeAll(() => {
    cpSync(join(root, "data"), join(scratch, "data"), { recursive: true });
    cpSync(contribution, join(scratch, "data"), { recursive: true });
    cpSync(join(root, "package.json"), join(scratch, "package.json"));
    cpSync(join(root, "src"), join(scratch, "src"), { recursive: true });
  });

  it("validates, each new file alone too (its references resolve against the rest of data/)", () => {
    expect(validateFiles([join(scratch, "data")]).problems).toEqual([]);
    const file = join(scratch, "data", "events", "2024-05-15-example-joint-committee.json");
    const alone = validateFiles([file]);
    expect(alone.problems).toEqual([]);
    expect(alone.fileCount).toBe(1);
  });

  it("builds, and every export holds the new records", () => {
    expect(build(scratch, join(root, "..", "shared", "seeds"))).toBe(0);
    const { tables } = readPackage(join(scratch, "exports"));
    expect(tables.get("agreements")!.map((row) => row.id)).toContain("example-china-serbia-sti-agreement");
    expect(tables.get("events")!.find((row) => row.id === "2024-05-15-example-joint-committee")).toMatchObject({
      session_mechanism_id: "example-china-serbia-joint-committee",
      session_number: 3,
      part_of_id: "2024-05-14-example-visit",
      location_mode: "hybrid",
    });
    const total = collectionNames.reduce((sum, name) => sum + (JSON.parse(readFileSync(join(scratch, "exports", "json", `${name}.json`), "utf8")) as unknown[]).length, 0);
    expect(total).toBe(count(join(root, "data")) + count(contribution));
  });

  it("reads back through the typed API: lookups, relations and series", async () => {
    const api = (await import(join(scratch, "src", "index.ts"))) as typeof import("../src/index.js");
    // The copy's ids are not among the repository's id types.
    const [event, indicator] = ["2024-05-15-example-joint-committee" as EventId, "example-joint-research-funding" as IndicatorId];
    expect(api.getPerson("example-minister-vucic")?.originalScript?.name).toBe("Екземплар Вучић");
    expect(api.getEvent("2024-05-15-example-joint-committee")?.session).toEqual({ mechanism: "example-china-serbia-joint-committee", number: 3 });
    expect(api.participantsOf(event).map((p) => p.role)).toEqual(["co-chair", "co-chair"]);
    const achieved = api.seriesOf(indicator);
    expect(achieved.map((s) => s.value)).toEqual([1.5, 1.6]);
    expect(api.seriesOf(indicator, { kind: "target" }).map((s) => [s.value, s.valueHigh])).toEqual([[2, 3]]);
  });
});
