import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstDay, lastDay, precisionOf, spanOf } from "../src/lib/dates.js";
import { statisticDate, statistics } from "../src/index.js";
import { readPackage } from "./csv-reader.js";
import { root } from "./helpers.js";

describe("the calendar days a partial date spans", () => {
  it.each([
    ["2023", "2023-01-01", "2023-12-31", "year"],
    ["2023-02", "2023-02-01", "2023-02-28", "month"],
    ["2024-02", "2024-02-01", "2024-02-29", "month"],
    ["1900-02", "1900-02-01", "1900-02-28", "month"],
    ["2000-02", "2000-02-01", "2000-02-29", "month"],
    ["2023-04", "2023-04-01", "2023-04-30", "month"],
    ["2023-12", "2023-12-01", "2023-12-31", "month"],
    ["2024-02-29", "2024-02-29", "2024-02-29", "day"],
  ])("%s: %s to %s (%s)", (date, first, last, precision) => {
    expect([firstDay(date), lastDay(date), precisionOf(date)]).toEqual([first, last, precision]);
  });

  it("of a date with how we know it: its value, or notBefore to notAfter when unknown", () => {
    expect(spanOf({ status: "inferred", value: "2023-10", basis: "x" })).toEqual({ earliest: "2023-10-01", latest: "2023-10-31", precision: "month" });
    expect(spanOf({ status: "unknown", notAfter: "2023-03" })).toEqual({ latest: "2023-03-31" });
    expect(spanOf({ status: "unknown", notAfter: "2023-03-09", notBefore: "1980" })).toEqual({ earliest: "1980-01-01", latest: "2023-03-09" });
  });
});

const { descriptor, tables } = readPackage(join(root, "exports"));

describe("every date in the exports has typed companions", () => {
  it("declared as dates, the earliest never after the latest, the text inside the span", () => {
    let checked = 0;
    for (const resource of descriptor.resources) {
      const names = resource.schema.fields.map((f) => f.name);
      for (const earliest of names.filter((n) => n.endsWith("_earliest"))) {
        const base = earliest.slice(0, -"_earliest".length);
        const types = Object.fromEntries(resource.schema.fields.map((f) => [f.name, f.type]));
        expect([types[`${base}_earliest`], types[`${base}_latest`], types[`${base}_precision`]], `${resource.name}.${base}`).toEqual(["date", "date", "string"]);
        for (const row of tables.get(resource.name)!) {
          const [from, to, precision] = [row[`${base}_earliest`], row[`${base}_latest`], row[`${base}_precision`]];
          // The text as written: a partial date column itself, or a date's value.
          const text = (row[base] ?? row[`${base}_value`]) as string | undefined;
          if (from !== undefined && to !== undefined) expect(from <= to, `${resource.name}.${base}`).toBe(true);
          if (text !== undefined && row[`${base}_status`] !== "unknown") {
            expect([from, to, precision], `${resource.name}.${base} = ${text}`).toEqual([firstDay(text), lastDay(text), precisionOf(text)]);
          }
          if (row[`${base}_status`] === "unknown") {
            expect(precision).toBeUndefined();
            expect(to).toBe(lastDay(row[`${base}_not_after`] as string));
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("exist for every partial date text column (a column matching the date pattern)", () => {
    for (const resource of descriptor.resources) {
      const names = new Set(resource.schema.fields.map((f) => f.name));
      for (const field of resource.schema.fields) {
        if (!field.constraints?.pattern?.includes("\\d{4}")) continue;
        const base = field.name.replace(/_(value|not_after|not_before)$/, "");
        expect(names.has(`${base}_latest`), `${resource.name}.${field.name}`).toBe(true);
      }
    }
  });

  it("place each statistic where the API's statisticDate does", () => {
    const rows = new Map(tables.get("statistics")!.map((row) => [row.id, row]));
    for (const statistic of statistics) {
      const at = statisticDate(statistic);
      expect(rows.get(statistic.id)!.refers_to_latest, statistic.id).toBe(at && lastDay(at));
    }
  });
});
