import { describe, expect, it } from "vitest";
import { lookupById } from "../src/lib/lookup.js";
import { people } from "../src/lib/generated/records/people.js";
import type { RecordOf } from "../src/lib/collections.js";
import { validateDataset } from "../src/lib/validate.js";
import { dataset } from "./helpers.js";

const today = "2026-11-21";
const renamed: RecordOf<"redirects"> = { id: "dai-g", collection: "people", to: "dai-gang", reason: "renamed", retired: "2026-11" };

describe("retired ids", () => {
  it("a lookup follows the redirect of a retired id", () => {
    const getPerson = lookupById("people", people, [renamed]);
    expect(getPerson("dai-g")?.name).toBe("Dai Gang");
    expect(getPerson("dai-gang")?.name).toBe("Dai Gang");
    expect(getPerson("nobody")).toBeUndefined();
  });

  it("the validator rejects a reference to a retired id, with the new id as hint", () => {
    const data = structuredClone(dataset());
    data.redirects.push(renamed);
    data.participations.find((p) => p.person === "dai-gang")!.person = "dai-g";
    const problems = validateDataset(data, { today });
    expect(problems.map((p) => [p.rule, p.hint])).toEqual([["reference/retired", 'use "dai-gang"']]);
  });

  it("a redirect must point at a live record, and its old id must not be live", () => {
    const data = structuredClone(dataset());
    data.redirects.push({ ...renamed, to: "dai-gangg" }, { ...renamed, id: "zhao-jing", to: "dai-gang" });
    expect(validateDataset(data, { today }).map((p) => p.rule).sort()).toEqual(["redirect/still-live", "redirect/target-missing"]);
  });
});
