import records from "../../exports/json/indicators.json";
import type { Indicator } from "../schemas/indicator.js";
import { lookupById } from "./lookup.js";

/** Every indicator record, sorted by id (bundled from exports/json/indicators.json at build time). */
export const indicators: readonly Indicator[] = records as unknown as readonly Indicator[];

/** The indicator with this id, or undefined. */
export const getIndicator = lookupById(indicators);
