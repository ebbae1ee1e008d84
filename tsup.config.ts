import { defineConfig } from "tsup";
import { collectionNames } from "./src/lib/collections.js";

// Small, stable helpers are bundled in, so that zod is the package's only dependency.
const noExternal = ["iso-3166", "fastest-levenshtein", "jsonc-parser", "currency-codes"];

/**
 * The package's entry points, each a subpath of package.json: the root, what carries zod (schemas,
 * validateDataset), the code lists and the relation helpers (without zod), and one per collection
 * (from the registry). Besides being subpaths of their own, they keep apart in dist/ what a bundler
 * must be able to leave out: a module used by several entries goes into a chunk with the modules
 * used by the same entries, so the zod-free helpers need entries of their own.
 */
export const entries = {
  index: "src/index.ts",
  schemas: "src/lib/schemas/index.ts",
  codes: "src/lib/codes.ts",
  relations: "src/lib/relations.ts",
  ...Object.fromEntries(collectionNames.map((name) => [name, `src/lib/generated/records/${name}.ts`])),
};

export default defineConfig([
  {
    // ESM and CommonJS, each with its own .d.ts / .d.cts and source maps. Code that several entries
    // use is split into shared chunks in both formats, so that a record array has one instance
    // whichever entry loads it, and an entry holds little but its exports (for tree shaking).
    entry: entries,
    format: ["esm", "cjs"],
    splitting: true,
    sourcemap: true,
    dts: true,
    clean: true,
    target: "node20",
    noExternal,
  },
  {
    // The command: dist/cli.cjs starts dist/cli-main.cjs with V8's code from the last run (see
    // src/cli/launch.ts), which needs CommonJS. The bundle carries zod too: one file loads faster
    // than zod's many modules.
    entry: { cli: "src/cli/launch.ts", "cli-main": "src/cli/main.ts" },
    format: ["cjs"],
    target: "node20",
    shims: true,
    noExternal: [...noExternal, "zod"],
  },
]);
