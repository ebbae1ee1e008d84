import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { root } from "./helpers.js";

const readme = readFileSync(join(root, "README.md"), "utf8");
const apiSection = readme.slice(readme.indexOf("## API"), readme.indexOf("## Command line"));

describe("README", () => {
  it("documents every exported value in its API section", () => {
    const missing = Object.keys(api).filter((name) => !apiSection.includes(`\`${name}\``) && !apiSection.includes(`\`${name}(`));
    expect(missing).toEqual([]);
  });

  it("documents every exported type in its API section", () => {
    const index = readFileSync(join(root, "src", "index.ts"), "utf8");
    const schemaModules = readdirSync(join(root, "src", "lib", "schemas"))
      .filter((name) => name !== "meta.ts")
      .map((name) => readFileSync(join(root, "src", "lib", "schemas", name), "utf8"))
      .join("\n");
    const generated = ["ids.ts", "types.ts"].map((name) => readFileSync(join(root, "src", "lib", "generated", name), "utf8")).join("\n");
    const types = [...`${index}\n${schemaModules}\n${generated}`.matchAll(/export (?:type|interface) (\w+)|type (\w+)(?=[,\s}])/g)]
      .map((m) => m[1] ?? m[2]!)
      .filter((name) => name !== "as");
    expect(types.length).toBeGreaterThan(20);
    expect(types.filter((name) => !apiSection.includes(`\`${name}\``))).toEqual([]);
  });

  it("gives the two set-up commands, and .ci/run runs the same test command", () => {
    expect(readme).toContain("npm ci && npm run build");
    expect(readme).toMatch(/^npm test\b/m);
    expect(readFileSync(join(root, ".ci", "run"), "utf8")).toMatch(/^npm ci\b.*\nnpm test$/m);
  });
});
