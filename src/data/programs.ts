import records from "../../exports/json/programs.json";
import type { ProgramId } from "../generated/ids.js";
import type { Program } from "../schemas/program.js";
import { lookupById } from "./lookup.js";

/** Every program record, sorted by id (bundled from exports/json/programs.json at build time). */
export const programs = records as unknown as readonly (Program & { id: ProgramId })[];

/** The program with this id (following the redirect of a retired id), or undefined. */
export const getProgram = lookupById<Program, ProgramId>("programs", programs);
