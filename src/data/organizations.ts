import records from "../../exports/json/organizations.json";
import type { OrganizationId } from "../generated/ids.js";
import type { Organization } from "../schemas/organization.js";
import { lookupById } from "./lookup.js";

/** Every organization record, sorted by id (bundled from exports/json/organizations.json at build time). */
export const organizations = records as unknown as readonly (Organization & { id: OrganizationId })[];

/** The organization with this id (following the redirect of a retired id), or undefined. */
export const getOrganization = lookupById<Organization, OrganizationId>("organizations", organizations);
