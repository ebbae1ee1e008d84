import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { build as viteBuild } from "vite";
import webpack from "webpack";

/** The bundlers a project that installs the package may use, each run as its own users run it: minified, for the browser. */
export const bundlerNames = ["vite", "webpack", "esbuild"] as const;
export type BundlerName = (typeof bundlerNames)[number];

/**
 * Bundles each entry file of a project on its own (nothing shared between entries), and returns
 * each bundle's code by entry name. Entries are paths relative to the project folder.
 */
export async function bundleEach(bundler: BundlerName, folder: string, entries: Record<string, string>): Promise<Record<string, string>> {
  switch (bundler) {
    case "esbuild":
      return withEsbuild(folder, entries);
    case "webpack":
      return withWebpack(folder, entries);
    case "vite":
      return withVite(folder, entries);
  }
}

// One esbuild run with many entry points and no code splitting: each output stands alone.
async function withEsbuild(folder: string, entries: Record<string, string>) {
  const result = await esbuild.build({
    absWorkingDir: folder,
    entryPoints: Object.entries(entries).map(([out, file]) => ({ in: `./${file}`, out })),
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    outdir: "out-esbuild",
    write: false,
    logLevel: "silent",
  });
  return Object.fromEntries(Object.keys(entries).map((name) => [name, result.outputFiles.find((file) => file.path.endsWith(`/${name}.js`))!.text]));
}

// One webpack compilation with many entries: in production mode each entry is its own chunk with
// its own runtime, and unused exports are found per runtime, so each output stands alone.
async function withWebpack(folder: string, entries: Record<string, string>) {
  const out = join(folder, "out-webpack");
  rmSync(out, { recursive: true, force: true });
  const compiler = webpack({
    mode: "production",
    context: folder,
    entry: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, `./${file}`])),
    output: { path: out, filename: "[name].js" },
    target: ["web", "es2022"],
    devtool: false,
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((error, result) => (error ? reject(error) : resolve(result!))));
  await new Promise((resolve) => compiler.close(resolve));
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  return Object.fromEntries(Object.keys(entries).map((name) => [name, readFileSync(join(out, `${name}.js`), "utf8")]));
}

// Vite (rolldown) puts code shared by several inputs into chunks of its own, so each entry is one build.
async function withVite(folder: string, entries: Record<string, string>) {
  const bundles: Record<string, string> = {};
  for (const [name, file] of Object.entries(entries)) {
    const result = await viteBuild({
      root: folder,
      configFile: false,
      logLevel: "silent",
      build: { write: false, minify: true, modulePreload: false, rolldownOptions: { input: join(folder, file) } },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; code?: string }[] }[];
    bundles[name] = outputs.flatMap((o) => o.output.filter((chunk) => chunk.type === "chunk").map((chunk) => chunk.code!)).join("\n");
  }
  return bundles;
}
