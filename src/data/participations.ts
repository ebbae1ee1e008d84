import records from "../../exports/json/participations.json";
import type { Participation } from "../schemas/participation.js";
import { lookupById } from "./lookup.js";

/** Every participation record, sorted by id (bundled from exports/json/participations.json at build time). */
export const participations: readonly Participation[] = records as unknown as readonly Participation[];

/** The participation with this id, or undefined. */
export const getParticipation = lookupById(participations);
