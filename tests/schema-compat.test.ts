import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers.js";
import { breakingChanges } from "./schema-diff.js";

const released = join(root, "tests", "fixtures", "released-schemas");
const read = (folder: string, file: string) => JSON.parse(readFileSync(join(folder, file), "utf8"));

/** The bump each pending changeset asks for this package. */
function pendingBumps(): string[] {
  const folder = join(root, ".changeset");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .flatMap((name) => [...readFileSync(join(folder, name), "utf8").matchAll(/^["']?china-sti-cooperation["']?\s*:\s*(major|minor|patch)\s*$/gm)].map((m) => m[1]!));
}

describe("schema compatibility with the last release", () => {
  it("no schema rejects data the released one accepted, unless a major changeset is pending", () => {
    const changes = readdirSync(released).flatMap((file) =>
      breakingChanges(read(released, file), read(join(root, "schemas"), file)).map((change) => `${file} ${change}`),
    );
    if (!pendingBumps().includes("major")) expect(changes).toEqual([]);
  });

  it("no released schema has disappeared", () => {
    expect(readdirSync(join(root, "schemas"))).toEqual(expect.arrayContaining(readdirSync(released)));
  });
});

describe("what counts as breaking", () => {
  const person = read(released, "person.schema.json");
  const event = read(released, "event.schema.json");

  it("finds a removed field, a newly required field, a narrowed enum and a changed pattern", () => {
    const after = structuredClone(event);
    delete after.properties.outcomes;
    after.required.push("topics");
    after.properties.kind.enum = after.properties.kind.enum.filter((k: string) => k !== "visit");
    after.properties.id.pattern = "^[a-z]+$";
    expect(breakingChanges(event, after)).toEqual([
      "/id: pattern changed",
      "/kind: values removed: visit",
      "/outcomes: field removed",
      "/topics: now required",
    ]);
  });

  it("finds a form of a date taken away, and a raised minimum inside a list", () => {
    const after = structuredClone(event);
    after.properties.date.oneOf.pop();
    after.properties.citations.items.properties.paragraph.minimum = 2;
    expect(breakingChanges(event, after)).toEqual([
      '/date: form [["status","unknown"]] removed',
      "/citations/*/paragraph: minimum raised",
    ]);
  });

  it("lets through a new optional field and a new allowed value", () => {
    const after = structuredClone(person);
    after.properties.nationality = { type: "string" };
    const widened = structuredClone(event);
    widened.properties.kind.enum.push("workshop");
    expect(breakingChanges(person, after)).toEqual([]);
    expect(breakingChanges(event, widened)).toEqual([]);
  });
});
