import records from "../../exports/json/organizations.json";
import type { Organization } from "../schemas/organization.js";
import { lookupById } from "./lookup.js";

/** Every organization record, sorted by id (bundled from exports/json/organizations.json at build time). */
export const organizations: readonly Organization[] = records as unknown as readonly Organization[];

/** The organization with this id, or undefined. */
export const getOrganization = lookupById(organizations);
