import records from "../../exports/json/participations.json";
import type { ParticipationId } from "../generated/ids.js";
import type { Participation } from "../schemas/participation.js";
import { lookupById } from "./lookup.js";

/** Every participation record, sorted by id (bundled from exports/json/participations.json at build time). */
export const participations = records as unknown as readonly (Participation & { id: ParticipationId })[];

/** The participation with this id (following the redirect of a retired id), or undefined. */
export const getParticipation = lookupById<Participation, ParticipationId>("participations", participations);
