import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import datapackage from "datapackage";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "./helpers.js";

// The Frictionless JavaScript implementation (datapackage, with tableschema): the descriptor against
// the Data Package and Table Schema profiles, then every table read with its types, constraints,
// primary key and foreign keys (`relations`).
const { Package } = datapackage;

/** Every problem Frictionless finds in a package: in its descriptor, then in each table. */
async function problems(folder: string): Promise<string[]> {
  const found: string[] = [];
  const pkg = await Package.load(join(folder, "datapackage.json"));
  if (!pkg.valid) return pkg.errors.map((error) => error.message);
  for (const resource of pkg.resources) {
    try {
      await resource.read({ relations: true });
    } catch (error) {
      const { message, errors } = error as { message: string; errors?: { message: string }[] };
      found.push(`${resource.name}: ${[message, ...(errors ?? []).map((e) => e.message)].join("; ")}`);
    }
  }
  return found;
}

const scratch = mkdtempSync(join(tmpdir(), "sti-frictionless-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of exports/ with one file changed. */
function broken(name: string, file: string, change: (text: string) => string): string {
  const folder = join(scratch, name);
  cpSync(join(root, "exports"), folder, { recursive: true });
  writeFileSync(join(folder, file), change(readFileSync(join(folder, file), "utf8")));
  return folder;
}

const lines = (text: string) => text.split("\r\n");

describe("Frictionless validation of exports/datapackage.json", () => {
  it("passes: the descriptor, and every table's types, constraints, primary key and foreign keys", async () => {
    expect(await problems(join(root, "exports"))).toEqual([]);
  });

  it("fails on an empty foreignKeys list", async () => {
    const folder = broken("empty-keys", "datapackage.json", (text) => {
      const descriptor = JSON.parse(text);
      descriptor.resources.find((r: { name: string }) => r.name === "sources").schema.foreignKeys = [];
      return JSON.stringify(descriptor);
    });
    expect((await problems(folder)).join("\n")).toMatch(/foreignKeys/);
  });

  it("fails on a repeated primary key", async () => {
    const folder = broken("repeated-key", "csv/series.csv", (text) => {
      const [header, first, ...rest] = lines(text);
      return [header, first, first, ...rest].join("\r\n");
    });
    expect((await problems(folder)).join("\n")).toMatch(/series: .*unique constraint/);
  });

  it("fails on a link to a record that is not there", async () => {
    const folder = broken("dangling-link", "csv/series.csv", (text) => {
      const [header, first, ...rest] = lines(text);
      return [header, first!.replace(/^"([^"]+)"/, '"no-such-statistic"'), ...rest].join("\r\n");
    });
    expect((await problems(folder)).join("\n")).toMatch(/series: Foreign key "statistic_id"/);
  });

  it("fails on a date that is not a calendar day", async () => {
    const folder = broken("bad-date", "csv/series.csv", (text) => text.replaceAll(/"(\d{4})-(\d\d)-(\d\d)"/g, '"$1-02-30"'));
    expect((await problems(folder)).join("\n")).toMatch(/series: .*not type "date"/);
  });
});
