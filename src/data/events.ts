import records from "../../exports/json/events.json";
import type { Event } from "../schemas/event.js";
import { lookupById } from "./lookup.js";

/** Every event record, sorted by id (bundled from exports/json/events.json at build time). */
export const events: readonly Event[] = records as unknown as readonly Event[];

/** The event with this id, or undefined. */
export const getEvent = lookupById(events);
