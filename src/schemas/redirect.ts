import * as z from "zod";
import { idSchema, partialDateSchema, textSchema } from "./common.js";

export const redirectReasons = ["renamed", "merged"] as const;

// The collections whose records can be retired: every collection of records but redirects itself.
export const redirectableCollections = [
  "sources",
  "organizations",
  "people",
  "programs",
  "events",
  "participations",
  "indicators",
  "statistics",
] as const;

// Ids never disappear between minor versions: a renamed or merged record leaves a redirect behind.
export const redirectSchema = z
  .strictObject({
    id: idSchema.meta({ description: "The retired id." }),
    collection: z.enum(redirectableCollections).meta({ description: "The collection the retired id was in." }),
    to: idSchema.meta({ description: "The id that replaces it, in the same collection." }),
    reason: z.enum(redirectReasons).meta({ description: "renamed (a new id for the same record) or merged (into another record)." }),
    retired: partialDateSchema.meta({ description: "When the id was retired." }),
    note: textSchema.optional().meta({ description: "Why, in a sentence." }),
  })
  .meta({ title: "Redirect", description: "A retired id and the id that replaces it; lookups follow it and the validator points references at the new id." });

export type Redirect = z.infer<typeof redirectSchema>;
