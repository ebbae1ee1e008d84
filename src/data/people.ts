import records from "../../exports/json/people.json";
import type { Person } from "../schemas/person.js";
import { lookupById } from "./lookup.js";

/** Every person record, sorted by id (bundled from exports/json/people.json at build time). */
export const people: readonly Person[] = records as unknown as readonly Person[];

/** The person with this id, or undefined. */
export const getPerson = lookupById(people);
