import * as z from "zod";
import { citationsSchema, countryCodeSchema, dateKnowledgeSchema, idOf, idSchema, textSchema } from "./common.js";
import { eventKindValues, eventKinds, locationModeValues, locationModes, agreementActionValues, agreementActions } from "../codes.js";

const place = {
  mode: z.enum(locationModes).optional().meta({ description: "How the participants met.", values: locationModeValues }),
  city: textSchema.optional().meta({ description: "City, as the source names it." }),
  country: countryCodeSchema.optional(),
  venue: textSchema.optional().meta({ description: "Building or venue, as the source names it." }),
};

export const locationSchema = z
  .discriminatedUnion("status", [
    z.strictObject({ status: z.literal("stated").meta({ description: "The source says where." }), ...place }).meta({ title: "Stated place" }),
    z
      .strictObject({
        status: z.literal("inferred").meta({ description: "Worked out from the source, e.g. from its dateline." }),
        ...place,
        basis: textSchema.meta({ description: "How the place was worked out, e.g. the dateline 'BEIJING, Sept. 18'." }),
      })
      .meta({ title: "Inferred place" }),
    z
      .strictObject({
        status: z.literal("unknown").meta({ description: "The source does not say where." }),
        basis: textSchema.optional().meta({ description: "What the source does say, if anything." }),
      })
      .meta({ title: "Unknown place" }),
  ])
  .meta({
    description: "Where the event took place and how we know it: stated, inferred (with the basis) or unknown.",
    tag: "How we know the place: stated by the source, inferred from it, or unknown.",
  });

export const anniversarySchema = z
  .strictObject({
    subject: textSchema.meta({ description: "What is being marked, in our words." }),
    years: z.int().min(1).max(5000).meta({ description: "Which anniversary (10 for a tenth)." }),
    year: dateKnowledgeSchema.meta({ description: "The year in which it falls, and how we know it." }),
  })
  .meta({ description: "An anniversary mentioned at the event that matters to the cooperation." });

export const sessionSchema = z
  .strictObject({
    mechanism: idOf("mechanisms", "Id of the standing mechanism (a record in mechanisms)."),
    number: z.int().min(1).max(1000).optional().meta({ description: "Which session: 6 for the 6th session, where the source numbers it." }),
  })
  .meta({ description: "The session of a standing mechanism that this event is." });

export const eventAgreementSchema = z
  .strictObject({
    agreement: idOf("agreements", "Id of the agreement."),
    action: z.enum(agreementActions).meta({ description: "What happened to the agreement at the event.", values: agreementActionValues }),
  })
  .meta({ description: "Agreements signed, renewed or discussed at the event." });

export const eventSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(eventKinds).meta({ description: "What sort of event.", values: eventKindValues }),
    title: textSchema.meta({ description: "Our own short title." }),
    summary: textSchema.meta({ description: "What happened, in one or two sentences of our own words." }),
    date: dateKnowledgeSchema.meta({ description: "When the event took place (its first day), and how we know it." }),
    endDate: dateKnowledgeSchema
      .optional()
      .meta({ description: "The last day, for an event over several days (28–31 May), and how we know it." }),
    location: locationSchema,
    partOf: idOf("events", "Id of the larger event this one took place during (a session during a visit).").optional(),
    session: sessionSchema.optional(),
    counterpartCountries: z
      .array(countryCodeSchema)
      .min(1)
      .optional()
      .meta({ description: "Countries on the other side of the table (ISO 3166-1 alpha-2).", itemColumn: "country" }),
    counterpartOrganizations: z
      .array(idOf("organizations", "Id of an organization on the other side."))
      .min(1)
      .optional()
      .meta({ description: "The international or foreign organizations on the other side.", itemColumn: "organization" }),
    topics: z
      .array(idSchema)
      .min(1)
      .optional()
      .meta({ description: "Subjects discussed, as lowercase slugs such as 'technology-transfer'.", joined: true }),
    outcomes: z
      .array(textSchema)
      .min(1)
      .optional()
      .meta({ description: "What was agreed, announced or decided, each in one sentence of our own words.", itemColumn: "outcome" }),
    programs: z
      .array(idOf("programs", "Id of a programme."))
      .min(1)
      .optional()
      .meta({ description: "The programmes and initiatives discussed or named at the event.", itemColumn: "program" }),
    agreements: z.array(eventAgreementSchema).min(1).optional(),
    anniversaries: z.array(anniversarySchema).min(1).optional(),
    citations: citationsSchema,
  })
  .meta({
    title: "Event",
    description: "A meeting, talks, visit, signing, press conference or session of a standing mechanism.",
  });
