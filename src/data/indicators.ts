import records from "../../exports/json/indicators.json";
import type { IndicatorId } from "../generated/ids.js";
import type { Indicator } from "../schemas/indicator.js";
import { lookupById } from "./lookup.js";

/** Every indicator record, sorted by id (bundled from exports/json/indicators.json at build time). */
export const indicators = records as unknown as readonly (Indicator & { id: IndicatorId })[];

/** The indicator with this id (following the redirect of a retired id), or undefined. */
export const getIndicator = lookupById<Indicator, IndicatorId>("indicators", indicators);
