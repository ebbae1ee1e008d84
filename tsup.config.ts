import { defineConfig } from "tsup";

const collections = ["sources", "organizations", "people", "programs", "events", "participations", "indicators", "statistics"];

export default defineConfig([
  {
    // The library: one entry per subpath export, ESM and CommonJS, each with its own .d.ts / .d.cts.
    entry: {
      index: "src/index.ts",
      schemas: "src/schemas/index.ts",
      ...Object.fromEntries(collections.map((name) => [name, `src/data/${name}.ts`])),
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    // Small, stable helpers are bundled in, so that zod is the package's only dependency.
    noExternal: ["iso-3166", "fastest-levenshtein", "jsonc-parser"],
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    target: "node20",
    noExternal: ["iso-3166", "fastest-levenshtein", "jsonc-parser"],
  },
]);
