import records from "../../exports/json/events.json";
import type { EventId } from "../generated/ids.js";
import type { Event } from "../schemas/event.js";
import { lookupById } from "./lookup.js";

/** Every event record, sorted by id (bundled from exports/json/events.json at build time). */
export const events = records as unknown as readonly (Event & { id: EventId })[];

/** The event with this id (following the redirect of a retired id), or undefined. */
export const getEvent = lookupById<Event, EventId>("events", events);
