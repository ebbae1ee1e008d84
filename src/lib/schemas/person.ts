import * as z from "zod";
import { citationsSchema, idSchema, languageTagSchema, otherNamesSchema, textSchema } from "./common.js";

// No job title here: titles change over time, so they live on each participation.
export const personSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema.meta({ description: "Full name as English-language sources write it, diacritics kept (Vučić).", verbatim: true }),
    otherNames: otherNamesSchema.optional(),
    originalScript: z
      .strictObject({
        name: textSchema.meta({ description: "The name in its original script, as a source prints it.", verbatim: true }),
        language: languageTagSchema,
      })
      .optional()
      .meta({ description: "The name in the original script, only where a source gives it." }),
    citations: citationsSchema,
  })
  .meta({ title: "Person", description: "One human being, however many events they appear in and whatever titles they held." });
