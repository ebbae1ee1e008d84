import * as z from "zod";
import { citationsSchema, countryCodeSchema, dateKnowledgeSchema, idSchema, textSchema } from "./common.js";

export const eventKinds = [
  "meeting",
  "talks",
  "visit",
  "press-conference",
  "joint-committee-session",
  "conference",
  "other",
] as const;

export const locationSchema = z
  .discriminatedUnion("mode", [
    z
      .strictObject({
        mode: z.literal("in-person"),
        city: textSchema.optional().meta({ description: "City, as the source names it." }),
        country: countryCodeSchema.optional(),
      })
      .meta({ title: "In person" }),
    z.strictObject({ mode: z.literal("virtual").meta({ description: "Held by video link." }) }).meta({ title: "Virtual" }),
    z
      .strictObject({ mode: z.literal("unknown").meta({ description: "The source does not say where." }) })
      .meta({ title: "Unknown place" }),
  ])
  .meta({ description: "Where the event took place: in person (city, country), virtual, or unknown." });

export const anniversarySchema = z
  .strictObject({
    subject: textSchema.meta({ description: "What is being marked, in our words." }),
    years: z.int().min(1).max(5000).meta({ description: "Which anniversary (10 for a tenth)." }),
    year: dateKnowledgeSchema.meta({ description: "The year in which it falls, and how we know it." }),
  })
  .meta({ description: "An anniversary mentioned at the event that matters to the cooperation." });

export const eventSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(eventKinds).meta({ description: "What sort of event." }),
    title: textSchema.meta({ description: "Our own short title." }),
    summary: textSchema.meta({ description: "What happened, in one or two sentences of our own words." }),
    date: dateKnowledgeSchema,
    location: locationSchema,
    counterpartCountries: z
      .array(countryCodeSchema)
      .min(1)
      .optional()
      .meta({ description: "Countries on the other side of the table (ISO 3166-1 alpha-2)." }),
    counterpartOrganizations: z
      .array(idSchema)
      .min(1)
      .optional()
      .meta({ description: "Ids of the international organizations on the other side." }),
    topics: z
      .array(idSchema)
      .min(1)
      .optional()
      .meta({ description: "Subjects discussed, as lowercase slugs such as 'technology-transfer'." }),
    outcomes: z
      .array(textSchema)
      .min(1)
      .optional()
      .meta({ description: "What was agreed, announced or decided, each in one sentence of our own words." }),
    programs: z
      .array(idSchema)
      .min(1)
      .optional()
      .meta({ description: "Ids of the programmes and initiatives discussed or named at the event." }),
    anniversaries: z.array(anniversarySchema).min(1).optional(),
    citations: citationsSchema,
  })
  .meta({
    title: "Event",
    description: "A meeting, talks, visit, press conference or joint-committee session.",
  });

export type Event = z.infer<typeof eventSchema>;
