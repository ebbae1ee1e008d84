import * as z from "zod";
import { citationsSchema, idSchema, otherNamesSchema, textSchema } from "./common.js";

// No job title here: titles change over time, so they live on each participation.
export const personSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema.meta({ description: "Full name as English-language sources write it, diacritics kept." }),
    otherNames: otherNamesSchema.optional(),
    citations: citationsSchema,
  })
  .meta({ title: "Person", description: "One human being, however many events they appear in." });

export type Person = z.infer<typeof personSchema>;
