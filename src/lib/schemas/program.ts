import * as z from "zod";
import { citationsSchema, dateKnowledgeSchema, idSchema, otherNamesSchema, textSchema } from "./common.js";
import { programKindValues, programKinds } from "../codes.js";

export const programSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema.meta({ description: "Name as the sources write it in English.", verbatim: true }),
    otherNames: otherNamesSchema.optional(),
    kind: z.enum(programKinds).meta({ description: "What sort of programme or initiative.", values: programKindValues }),
    description: textSchema.meta({ description: "What it is, in one or two sentences of our own words." }),
    launched: dateKnowledgeSchema.optional().meta({ description: "When it was announced or launched, and how we know." }),
    launchedAt: textSchema.optional().meta({ description: "The occasion at which it was announced, quoted as the source names it.", verbatim: true }),
    citations: citationsSchema,
  })
  .meta({
    title: "Program",
    description: "A programme, plan, platform or initiative of cooperation that the sources name.",
  });
