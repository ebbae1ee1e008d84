import records from "../../exports/json/redirects.json";
import type { Redirect } from "../schemas/redirect.js";

/** Every retired id and the id that replaces it (bundled from exports/json/redirects.json). */
export const redirects: readonly Redirect[] = records as unknown as readonly Redirect[];
