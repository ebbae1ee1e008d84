// `npm run site` (and a step of `npm run build`): the site from the typed records the build has just
// written, into site/.
import { join, relative } from "node:path";
import { buildSite } from "./build.js";
import { packageDataset, root } from "./package-dataset.js";

const start = performance.now();
const { dataset, version } = packageDataset();
const out = join(root, "site");
const pages = buildSite(dataset, { out, version, downloadsFrom: root });
process.stdout.write(`built ${pages} pages into ${relative(process.cwd(), out) || "."}/ in ${Math.round(performance.now() - start)} ms\n`);
