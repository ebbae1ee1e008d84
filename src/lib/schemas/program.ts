import * as z from "zod";
import { citationsSchema, dateKnowledgeSchema, idSchema, otherNamesSchema, textSchema } from "./common.js";
import { codes } from "./meta.js";

export const programKindValues = {
  initiative: "A broad initiative.",
  "action-plan": "A plan of action.",
  "partnership-program": "A partnership programme between countries or regions.",
  "exchange-program": "A programme of exchanges of people.",
  "training-program": "A training course or workshop series.",
  mission: "A joint research mission.",
  "research-center": "A joint research or development centre.",
  "research-infrastructure": "A large research facility or project.",
  platform: "A platform, network or conference series for cooperation.",
  other: "Anything else.",
} as const;
export const programKinds = codes(programKindValues);

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

export type Program = z.infer<typeof programSchema>;
