import records from "../../exports/json/statistics.json";
import type { Statistic } from "../schemas/statistic.js";
import { lookupById } from "./lookup.js";

/** Every statistic record, sorted by id (bundled from exports/json/statistics.json at build time). */
export const statistics: readonly Statistic[] = records as unknown as readonly Statistic[];

/** The statistic with this id, or undefined. */
export const getStatistic = lookupById(statistics);
