import * as z from "zod";
import { idSchema, partialDateSchema, textSchema } from "./common.js";
import { redirectReasonValues, redirectReasons } from "../codes.js";

/**
 * Ids never disappear between minor versions: a renamed or merged record leaves a redirect behind.
 * The collections a redirect can name come from the registry, which builds this schema.
 */
export function redirectSchemaFor<const C extends readonly [string, ...string[]]>(collections: C) {
  return z
    .strictObject({
      id: idSchema.meta({ description: "The retired id." }),
      collection: z.enum(collections).meta({ description: "The collection the retired id was in." }),
      // TO is a reserved word in SQL (DuckDB rejects it unquoted): the tables call it new_id.
      to: idSchema.meta({ description: "The id that replaces it, in the same collection.", column: "new_id" }),
      reason: z.enum(redirectReasons).meta({ description: "Why the id was retired.", values: redirectReasonValues }),
      retired: partialDateSchema.meta({ description: "When the id was retired." }),
      note: textSchema.optional().meta({ description: "Why, in a sentence." }),
    })
    .meta({ title: "Redirect", description: "A retired id and the id that replaces it; lookups follow it and the validator points references at the new id." });
}
