import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collections, type CollectionName } from "../src/lib/collections.js";
import { partialDateSchema } from "../src/lib/schemas/common.js";
import { validateDataset } from "../src/lib/validate.js";
import { ajvValidators, recordFiles, root } from "./helpers.js";

const ajv = ajvValidators();
const fixtureDir = join(root, "tests", "fixtures", "invalid");
const fixtures = readdirSync(fixtureDir).map((name) => ({
  name,
  ...(JSON.parse(readFileSync(join(fixtureDir, name), "utf8")) as { why: string; collection: CollectionName; path: (string | number)[]; record: unknown }),
}));

describe("zod and the generated JSON Schemas agree", () => {
  it.each(recordFiles().map((file) => [file.file, file] as const))("both accept %s", (_, { collection, json }) => {
    const { $schema: _ref, ...record } = json;
    expect(collections[collection].schema.safeParse(record).error?.issues ?? []).toEqual([]);
    expect(ajv[collection](json) ? [] : ajv[collection].errors).toEqual([]);
  });

  it("has a fixture corpus to check", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))("both reject %s at its field", (_, { collection, path, record }) => {
    const zod = collections[collection].schema.safeParse(record);
    expect(zod.success).toBe(false);
    const zodPaths = zod.error!.issues.flatMap((issue) =>
      issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path],
    );
    expect(zodPaths.map((p) => p.join("/"))).toContain(path.join("/"));

    expect(ajv[collection](record)).toBe(false);
    const ajvPaths = ajv[collection].errors!.map((error) => {
      const at = error.instancePath;
      const extra = (error.params as { missingProperty?: string; additionalProperty?: string });
      const key = extra.missingProperty ?? extra.additionalProperty;
      return key ? `${at}/${key}` : at;
    });
    expect(ajvPaths).toContain(`/${path.join("/")}`);
  });
});

describe("partial dates are real calendar dates, in zod and ajv alike", () => {
  const pattern = new RegExp((JSON.parse(readFileSync(join(root, "schemas", "redirect.schema.json"), "utf8")) as { properties: { retired: { pattern: string } } }).properties.retired.pattern, "u");
  const cases: [string, boolean][] = [
    ["2023", true], ["2023-03", true], ["2023-03-09", true], ["2024-02-29", true], ["2000-02-29", true],
    ["1900-02-29", false], ["2023-02-29", false], ["2023-04-31", false], ["2023-13", false], ["2023-00", false],
    ["23", false], ["2023-3-9", false], ["2023-03-09T10:00", false], ["", false],
  ];
  it.each(cases)("%s is %s", (value, valid) => {
    expect(partialDateSchema.safeParse(value).success).toBe(valid);
    expect(pattern.test(value)).toBe(valid);
  });
});

describe("the generated schemas", () => {
  it("carry an $id, a title and a description, and forbid unknown fields", () => {
    for (const name of Object.keys(collections)) {
      const file = `${collections[name as CollectionName].entity}.schema.json`;
      const schema = JSON.parse(readFileSync(join(root, "schemas", file), "utf8")) as Record<string, unknown>;
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.$id).toMatch(/^urn:china-sti-cooperation:schema:/);
      expect(schema.title).toBeTruthy();
      expect(schema.description).toBeTruthy();
      expect(schema.additionalProperties).toBe(false);
    }
  });

  it("point every record file's $schema at its own schema", () => {
    for (const { collection, file, json } of recordFiles()) {
      expect(json.$schema, file).toBe(`../../schemas/${collections[collection].entity}.schema.json`);
      expect(file.endsWith(`/${String(json.id)}.json`), file).toBe(true);
    }
  });
});

describe("a missing field reads as missing, whatever it should hold", () => {
  const example = JSON.parse(readFileSync(join(root, "tests", "fixtures", "contribution", "events", "2024-05-14-example-visit.json"), "utf8")) as Record<string, unknown>;
  // kind is an enum, title text, date a choice of forms: each would otherwise get its own wording.
  it.each(["kind", "title", "date"])("an event without %s", (field) => {
    const { $schema: _, [field]: __, ...event } = example;
    const problems = validateDataset({ events: [event] }).filter((problem) => problem.path.join(".") === field);
    expect(problems).toEqual([expect.objectContaining({ rule: "schema/required", message: `missing required field "${field}"` })]);
  });
});
