import records from "../../exports/json/programs.json";
import type { Program } from "../schemas/program.js";
import { lookupById } from "./lookup.js";

/** Every program record, sorted by id (bundled from exports/json/programs.json at build time). */
export const programs: readonly Program[] = records as unknown as readonly Program[];

/** The program with this id, or undefined. */
export const getProgram = lookupById(programs);
