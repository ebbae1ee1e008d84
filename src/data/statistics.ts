import records from "../../exports/json/statistics.json";
import type { StatisticId } from "../generated/ids.js";
import type { Statistic } from "../schemas/statistic.js";
import { lookupById } from "./lookup.js";

/** Every statistic record, sorted by id (bundled from exports/json/statistics.json at build time). */
export const statistics = records as unknown as readonly (Statistic & { id: StatisticId })[];

/** The statistic with this id (following the redirect of a retired id), or undefined. */
export const getStatistic = lookupById<Statistic, StatisticId>("statistics", statistics);
