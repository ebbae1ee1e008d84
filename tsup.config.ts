import { defineConfig } from "tsup";
import { collectionNames } from "./src/lib/collections.js";

// Small, stable helpers are bundled in, so that zod is the package's only dependency.
const noExternal = ["iso-3166", "fastest-levenshtein", "jsonc-parser", "currency-codes"];

export default defineConfig([
  {
    // The library: the root, the schemas, and one entry per collection (from the registry), each
    // ESM and CommonJS with its own .d.ts / .d.cts.
    entry: {
      index: "src/index.ts",
      schemas: "src/lib/schemas/index.ts",
      ...Object.fromEntries(collectionNames.map((name) => [name, `src/lib/generated/records/${name}.ts`])),
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    noExternal,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    noExternal,
  },
]);
