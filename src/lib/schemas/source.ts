import * as z from "zod";
import { visibleCharacter } from "./characters.js";
import { dateKnowledgeSchema, idOf, idSchema, languageTagSchema, textSchema } from "./common.js";
import { sourceKindValues, sourceKinds } from "../codes.js";

/** An http(s) address with no white space or control character. */
export const urlPattern = new RegExp(`^https?://${visibleCharacter}+$`, "u");

export const urlSchema = z.string().regex(urlPattern);

export const republicationSchema = z
  .strictObject({
    publisher: textSchema.meta({ description: "Who published the earlier version, as the page credits it.", verbatim: true }),
    url: urlSchema.optional().meta({ description: "Where the earlier version is, only when the page links or names it." }),
    record: idOf("sources", "Id of the earlier version when we have it as a source record of its own.").optional(),
  })
  .meta({ description: "A page this one repeats, nearest first: a university site repeating a news agency repeating a newspaper." });

export const sourceSchema = z
  .strictObject({
    id: idSchema,
    title: textSchema.meta({ description: "The headline as published; ours only when titleIsOurs is true.", verbatim: true }),
    titleIsOurs: z
      .literal(true)
      .optional()
      .meta({ description: "true when the page shows no headline and the title is ours." }),
    kind: z.enum(sourceKinds).meta({ description: "What sort of document it is.", values: sourceKindValues }),
    url: urlSchema.meta({ description: "The address of the page as published: a reader opens it to check every citation." }),
    language: languageTagSchema.meta({ description: "BCP 47 language tag of the text we read, e.g. 'en'." }),
    originalLanguage: languageTagSchema
      .optional()
      .meta({ description: "The language the text was first written in, when what we read is a translation." }),
    machineTranslated: z
      .literal(true)
      .optional()
      .meta({ description: "true when the text we read reads as a machine translation." }),
    published: dateKnowledgeSchema
      .optional()
      .meta({
        description:
          "When the page was published: stated where it prints a date, inferred (with the basis) from its address such as /202206/t20220622_; absent when nothing tells.",
      }),
    publisher: textSchema
      .optional()
      .meta({ description: "Who published the page, only where the page itself says so.", verbatim: true }),
    section: textSchema.optional().meta({ description: "The section of the site the page sits in, from its breadcrumb.", verbatim: true }),
    credit: textSchema
      .optional()
      .meta({ description: "The outlet or agency the page credits as its origin, as written there.", verbatim: true }),
    republishes: z.array(republicationSchema).min(1).optional(),
    partial: z
      .literal(true)
      .optional()
      .meta({ description: "true when the copy we read stops before the page ends: records hold only what it shows." }),
    archivedText: z
      .string()
      .regex(/^[A-Za-z0-9._-]+\.txt$/u)
      .optional()
      .meta({ description: "File name of a plain-text copy kept beside the repository (shared/seeds/), in which paragraph numbers are counted." }),
    notes: textSchema.optional().meta({ description: "Anything a reader should know about the page, in our words." }),
  })
  .meta({
    title: "Source",
    description: "A page or document that records are drawn from: an announcement, a transcript, a news report.",
  });
