import records from "../../exports/json/sources.json";
import type { Source } from "../schemas/source.js";
import { lookupById } from "./lookup.js";

/** Every source record, sorted by id (bundled from exports/json/sources.json at build time). */
export const sources: readonly Source[] = records as unknown as readonly Source[];

/** The source with this id, or undefined. */
export const getSource = lookupById(sources);
