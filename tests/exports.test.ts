import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { artifacts } from "../src/build/build.js";
import { collectionNames, collections, type Dataset } from "../src/lib/collections.js";
import { neutralise, tableCsv } from "../src/build/csv.js";
import { citationLink } from "../src/build/citation-link.js";
import { jsonListPieces } from "../src/build/json.js";
import { textPattern } from "../src/lib/schemas/common.js";
import { validateDataset } from "../src/lib/validate.js";
import { parseCsv, readPackage, rebuild, type Value } from "./csv-reader.js";
import { root } from "./helpers.js";

const exportsDir = join(root, "exports");
// The build writes a CSV file as the pieces come; here they are joined.
const csvText = (table: Parameters<typeof tableCsv>[0]) => [...tableCsv(table)].join("");
const schemaOf = (collection: (typeof collectionNames)[number]) =>
  JSON.parse(readFileSync(join(root, "schemas", `${collections[collection].entity}.schema.json`), "utf8"));
const { descriptor, tables, texts } = readPackage(exportsDir);

describe("CSV exports round-trip to the JSON exports", () => {
  it.each(collectionNames)("%s", (collection) => {
    const json = JSON.parse(readFileSync(join(exportsDir, "json", `${collection}.json`), "utf8"));
    expect(rebuild(collection, collections[collection].entity, schemaOf(collection), tables)).toEqual(json);
  });

  it("NDJSON holds the same records, one a line", () => {
    for (const collection of collectionNames) {
      const lines = readFileSync(join(exportsDir, "ndjson", `${collection}.ndjson`), "utf8").split("\n").filter((line) => line !== "");
      expect(lines.map((line) => JSON.parse(line))).toEqual(JSON.parse(readFileSync(join(exportsDir, "json", `${collection}.json`), "utf8")));
    }
  });

  it("dataset.json holds every collection with its count and the package version", () => {
    const all = JSON.parse(readFileSync(join(exportsDir, "json", "dataset.json"), "utf8"));
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(all.version).toBe(version);
    for (const collection of collectionNames) {
      expect(all[collection]).toEqual(JSON.parse(readFileSync(join(exportsDir, "json", `${collection}.json`), "utf8")));
      expect(all.counts[collection]).toBe(all[collection].length);
    }
  });
});

describe("citation links", () => {
  it("open the cited source, at the locator's words where there is one", () => {
    const urls = new Map((JSON.parse(readFileSync(join(exportsDir, "json", "sources.json"), "utf8")) as { id: string; url: string }[]).map((s) => [s.id, s.url]));
    const citationTables = descriptor.resources.filter((r) => r.name.endsWith("_citations"));
    expect(citationTables.length).toBeGreaterThan(0);
    for (const resource of citationTables) {
      for (const row of tables.get(resource.name)!) {
        const url = urls.get(row.source_id as string)!;
        if (row.locator === undefined) expect(row.link).toBe(url);
        else expect(decodeURIComponent(String(row.link).slice(`${url}#:~:text=`.length)), String(row.link)).toBe(row.locator);
      }
    }
  });

  it("escape what would end or split a text directive", () => {
    expect(citationLink("https://example.org/a#top", "R&D, 2-3%")).toBe("https://example.org/a#top:~:text=R%26D%2C%202%2D3%25");
  });
});

describe("CSV files", () => {
  it("are listed in datapackage.json, every one", () => {
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(readdirSync(join(exportsDir, "csv")).map((f) => `csv/${f}`).sort());
  });

  it("are UTF-8 without a byte-order mark, with CRLF line ends and a header row", () => {
    for (const [name, text] of texts) {
      expect(text.charCodeAt(0), name).not.toBe(0xfeff);
      expect(text.replaceAll("\r\n", "").includes("\n"), name).toBe(false);
      expect(text.endsWith("\r\n"), name).toBe(true);
    }
  });

  it("have unique primary keys and foreign keys that resolve", () => {
    for (const resource of descriptor.resources) {
      const rows = tables.get(resource.name)!;
      const keys = rows.map((row) => JSON.stringify(resource.schema.primaryKey.map((f) => row[f])));
      expect(new Set(keys).size, resource.name).toBe(rows.length);
      for (const fk of resource.schema.foreignKeys ?? []) {
        const targets = new Set(tables.get(fk.reference.resource)!.map((row) => row[fk.reference.fields[0]!]));
        for (const row of rows) {
          const value = row[fk.fields[0]!];
          if (value !== undefined) expect(targets.has(value), `${resource.name}.${fk.fields[0]} = ${String(value)}`).toBe(true);
        }
      }
    }
  });

  it("meet every field's type, required, enum and pattern constraint", () => {
    for (const resource of descriptor.resources) {
      for (const row of tables.get(resource.name)!) {
        for (const field of resource.schema.fields) {
          const value = row[field.name];
          const where = `${resource.name}.${field.name}`;
          if (field.constraints?.required) expect(value, where).toBeDefined();
          if (value === undefined) continue;
          if (field.constraints?.enum) expect(field.constraints.enum, where).toContain(value);
          if (field.constraints?.pattern) expect(String(value), where).toMatch(new RegExp(`^(?:${field.constraints.pattern})$`, "u"));
        }
      }
    }
  });

  it("have a description for every field and every table", () => {
    for (const resource of descriptor.resources) {
      expect((resource as { description?: string }).description, resource.name).toBeTruthy();
      for (const field of resource.schema.fields) expect((field as { description?: string }).description, `${resource.name}.${field.name}`).toBeTruthy();
    }
  });

  it("describe each column as what it is: not by one of its values, and each allowed value once", () => {
    for (const resource of descriptor.resources) {
      for (const field of resource.schema.fields) {
        const where = `${resource.name}.${field.name}`;
        const allowed: unknown[] = field.constraints?.enum ?? [];
        expect(new Set(allowed).size, where).toBe(allowed.length);
        // The data package appends "Values: v = meaning; ..."; the column's own words come first.
        const [own, values = ""] = (field.description ?? "").split(" Values: ");
        for (const meaning of values.split("; ").map((pair) => pair.slice(pair.indexOf(" = ") + 3))) {
          if (meaning !== "" && allowed.length > 1) expect(own, where).not.toBe(meaning);
        }
      }
    }
  });

  it("keep identifiers and codes as text", () => {
    const events = descriptor.resources.find((r) => r.name === "events")!;
    expect(events.schema.fields.find((f) => f.name === "id")!.type).toBe("string");
    expect(events.schema.fields.find((f) => f.name === "date_value")!.type).toBe("string");
    expect(events.schema.fields.find((f) => f.name === "location_country")!.type).toBe("string");
  });
});

describe("formula neutralisation (OWASP CSV injection)", () => {
  it.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["'quoted", "''quoted"],
    ["Plain text", "Plain text"],
    ["007", "007"],
  ])("%j is written %j", (value, written) => {
    expect(neutralise(value)).toBe(written);
  });

  it("never touches numbers", () => {
    const csv = csvText({
      name: "t", description: "", primaryKey: ["n"], foreignKeys: [],
      fields: [{ name: "n", type: "number", description: "" }, { name: "s", type: "string", description: "" }],
      rows: [{ n: -5, s: "-5" }, { n: 0.25, s: "=1" }],
    });
    expect(csv).toBe('"n","s"\r\n-5,"\'-5"\r\n0.25,"\'=1"\r\n');
  });
});

describe("JSON in pieces", () => {
  it("spells a list as JSON.stringify(list, null, 2) does, also inside another value", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 4 }), (items) => {
        expect([...jsonListPieces(items)].join("")).toBe(JSON.stringify(items, null, 2));
        expect(`{\n  "k": ${[...jsonListPieces(items, "  ")].join("")}\n}`).toBe(JSON.stringify({ k: items }, null, 2));
      }),
      { numRuns: 300 },
    );
  });
});

describe("CSV in pieces", () => {
  it("joins to the table written whole: one header, every row once, in order", () => {
    const fields = [{ name: "n", type: "integer" as const, description: "" }, { name: "s", type: "string" as const, description: "" }];
    const rows = Array.from({ length: 2345 }, (_, n) => ({ n, s: n % 7 === 0 ? undefined : `row "${n}",\nnext line` }));
    const table = { name: "t", description: "", fields, primaryKey: ["n"], foreignKeys: [], rows };
    expect([...tableCsv(table)].length).toBeGreaterThan(1);
    expect(parseCsv(csvText(table), fields)).toEqual(rows as Record<string, Value>[]);
    expect(csvText({ ...table, rows: [] })).toBe('"n","s"\r\n');
  });
});

// Awkward but valid text: quotes, commas, emoji, right-to-left script, leading = - + @ ' and zeros.
const awkward = fc
  .tuple(fc.constantFrom("", "=", "-", "+", "@", "'", "007", '"', ",", "עברית ", "😀", "Zoë "), fc.string({ unit: "grapheme", maxLength: 12 }), fc.constantFrom("", '"', ",", " 🇨🇳", ";"))
  .map(([head, body, tail]) => `${head}${body}${tail}`.replaceAll(/[\r\n\u2028\u2029]/g, " ").trim() || "x")
  .filter((text) => textPattern.test(text));

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}$/);

describe("property: any valid records survive CSV and back", () => {
  it("sources, people and indicators with awkward strings", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(slug, { minLength: 1, maxLength: 5 }),
        fc.array(awkward, { minLength: 12, maxLength: 12 }),
        (sourceIds, personIds, words) => {
          const citations = [{ source: sourceIds[0]!, paragraph: 1 }];
          const dataset = Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as Dataset;
          dataset.sources = sourceIds.map((id, i) => ({ id, title: words[i % 12]!, kind: "news-report" as const, url: `https://example.org/${id}`, language: "en", notes: words[(i + 5) % 12]! })).sort((a, b) => (a.id < b.id ? -1 : 1));
          dataset.people = personIds.map((id, i) => ({ id, name: words[(i + 1) % 12]!, otherNames: [words[(i + 2) % 12]!, words[(i + 3) % 12]!], citations })).sort((a, b) => (a.id < b.id ? -1 : 1));
          dataset.indicators = [{ id: "i", name: words[6]!, definition: words[7]!, unit: words[8]!, citations }];
          expect(validateDataset(dataset, { today: "2026-11-21" })).toEqual([]);

          const { files } = artifacts(dataset, "0.0.0");
          const read = readPackage((path) => files.get(`exports/${path}`)!);
          for (const name of ["sources", "people", "indicators"] as const) {
            const schema = JSON.parse(String(files.get(`schemas/${collections[name].entity}.schema.json`)!));
            expect(rebuild(name, collections[name].entity, schema, read.tables)).toEqual(dataset[name]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("the CSV writer round-trips any text, line breaks included", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 5 }), (values) => {
        const fields = [{ name: "n", type: "integer" as const, description: "" }, { name: "s", type: "string" as const, description: "" }];
        const rows = values.map((s, n) => ({ n, s: s === "" ? undefined : s }));
        const back = parseCsv(csvText({ name: "t", description: "", fields, primaryKey: ["n"], foreignKeys: [], rows }), fields);
        expect(back).toEqual(rows as Record<string, Value>[]);
      }),
      { numRuns: 200 },
    );
  });
});
