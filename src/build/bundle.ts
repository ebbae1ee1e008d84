import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";
import { Staging } from "./staging.js";

/** dist/, which tsup writes whole into a staging folder and which is then swapped in (see Staging). */
export function bundleStaging(root: string): Staging {
  return new Staging(root, "bundle", ["dist"]);
}

/** `npm run build` (after the generated files) and `npm test` (before the tests): bundle dist/ with tsup.config.ts. */
export async function bundle(root: string): Promise<void> {
  const staging = bundleStaging(root);
  const folder = staging.begin();
  // The staging folder starts empty: no clean, which would race between the two configs.
  await build({ outDir: join(folder, "dist"), clean: false });
  staging.commit();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await bundle(join(fileURLToPath(import.meta.url), "..", "..", ".."));
  } catch (error) {
    process.stderr.write(`bundle stopped: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
