import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
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
  relativeSourceMaps(join(folder, "dist"), join(root, "dist"));
  staging.commit();
}

/**
 * tsup turns split ESM chunks into CommonJS with sucrase, and its merged source maps name files by
 * their absolute paths on the building machine, in the staging folder: name each relative to where
 * the map will be once dist/ is swapped in (a file of the bundle by its name, a source by its path).
 */
function relativeSourceMaps(staged: string, dist: string): void {
  const place = (path: string) => {
    const absolute = isAbsolute(path) ? path : resolve(staged, path);
    const inside = relative(staged, absolute);
    return inside.startsWith("..") ? relative(dist, absolute) : inside;
  };
  for (const file of readdirSync(staged).filter((name) => name.endsWith(".map"))) {
    const map = JSON.parse(readFileSync(join(staged, file), "utf8")) as { sources: string[]; file?: string };
    map.sources = map.sources.map(place);
    if (map.file) map.file = place(map.file);
    writeFileSync(join(staged, file), JSON.stringify(map));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await bundle(join(fileURLToPath(import.meta.url), "..", "..", ".."));
  } catch (error) {
    process.stderr.write(`bundle stopped: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
