import records from "../../exports/json/sources.json";
import type { SourceId } from "../generated/ids.js";
import type { Source } from "../schemas/source.js";
import { lookupById } from "./lookup.js";

/** Every source record, sorted by id (bundled from exports/json/sources.json at build time). */
export const sources = records as unknown as readonly (Source & { id: SourceId })[];

/** The source with this id (following the redirect of a retired id), or undefined. */
export const getSource = lookupById<Source, SourceId>("sources", sources);
