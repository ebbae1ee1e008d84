import records from "../../exports/json/people.json";
import type { PersonId } from "../generated/ids.js";
import type { Person } from "../schemas/person.js";
import { lookupById } from "./lookup.js";

/** Every person record, sorted by id (bundled from exports/json/people.json at build time). */
export const people = records as unknown as readonly (Person & { id: PersonId })[];

/** The person with this id (following the redirect of a retired id), or undefined. */
export const getPerson = lookupById<Person, PersonId>("people", people);
