import * as z from "zod";
import { idSchema, partialDateSchema, textSchema } from "./common.js";

export const sourceKinds = [
  "ministry-announcement",
  "press-conference-transcript",
  "news-report",
  "government-report",
  "other",
] as const;

export const sourceSchema = z
  .strictObject({
    id: idSchema,
    title: textSchema.meta({ description: "The document's headline, as it stands in the document." }),
    kind: z.enum(sourceKinds).meta({ description: "What sort of document it is." }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
      .meta({ description: "BCP 47 language tag of the text we read, e.g. 'en'." }),
    published: partialDateSchema
      .optional()
      .meta({ description: "Publication date printed on the document; absent when the document shows none." }),
    publisher: textSchema
      .optional()
      .meta({ description: "Who published the document, only where the document itself says so." }),
    section: textSchema.optional().meta({ description: "The section of the site the page sits in, from its breadcrumb." }),
    credit: textSchema
      .optional()
      .meta({ description: "The outlet or agency the document credits as its origin, as written there." }),
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/)
      .optional()
      .meta({ description: "Address of the document; only when known, never guessed." }),
    archivedText: z
      .string()
      .regex(/^[A-Za-z0-9._-]+\.txt$/)
      .optional()
      .meta({ description: "File name of the archived plain text that paragraph numbers count in." }),
    notes: textSchema.optional().meta({ description: "Anything a reader should know about the document, in our words." }),
  })
  .meta({
    title: "Source",
    description: "A document that records are drawn from: an announcement, a transcript, a news report.",
  });

export type Source = z.infer<typeof sourceSchema>;
