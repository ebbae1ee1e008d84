import * as z from "zod";
import { citationsSchema, dateKnowledgeSchema, idSchema, otherNamesSchema, textSchema } from "./common.js";

export const programKinds = [
  "initiative",
  "action-plan",
  "partnership-program",
  "exchange-program",
  "training-program",
  "mission",
  "research-center",
  "research-infrastructure",
  "other",
] as const;

export const programSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema.meta({ description: "Name as the sources write it in English." }),
    otherNames: otherNamesSchema.optional(),
    kind: z.enum(programKinds).meta({ description: "What sort of programme or initiative." }),
    description: textSchema.meta({ description: "What it is, in one or two sentences of our own words." }),
    launched: dateKnowledgeSchema.optional().meta({ description: "When it was announced or launched, and how we know." }),
    launchedAt: textSchema.optional().meta({ description: "The occasion at which it was announced, as the source names it." }),
    citations: citationsSchema,
  })
  .meta({
    title: "Program",
    description: "A programme, plan or initiative of cooperation that the sources name.",
  });

export type Program = z.infer<typeof programSchema>;
