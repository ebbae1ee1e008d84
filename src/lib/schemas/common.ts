import * as z from "zod";
import { countryCodes } from "../codes.js";
import { lineCharacter, visibleCharacter } from "./characters.js";

// Every pattern here means the same in ECMAScript, Python's re, PCRE and Go's RE2 (see characters.ts).

/** Lowercase slug; a record's id is also its file name (`data/<collection>/<id>.json`). */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

export const idSchema = z
  .string()
  .regex(idPattern)
  .max(100)
  .meta({ description: "Stable lowercase slug (a-z, 0-9, single hyphens), at most 100 characters." });

/** A field holding the id of a record in another collection: a link that the validator resolves. */
export function idOf(collection: string, description: string) {
  return idSchema.meta({ description, references: collection });
}

/** One line of text: no leading or trailing white space, no line break, no control character. */
export const textPattern = new RegExp(`^${visibleCharacter}(?:${lineCharacter}*${visibleCharacter})?$`, "u");

export const textSchema = z.string().regex(textPattern);

// A real calendar date written as YYYY, YYYY-MM or YYYY-MM-DD. The leap-year rule is in the regex
// itself (not a .refine) so that the generated JSON Schema enforces exactly what zod enforces.
const leapYear = "(?:[0-9][0-9](?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
const monthDay =
  "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))";
export const partialDatePattern = new RegExp(
  `^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?|[0-9]{4}-${monthDay}|${leapYear}-02-29)$`,
  "u",
);

export const partialDateSchema = z
  .string()
  .regex(partialDatePattern)
  .meta({
    description:
      "Partial ISO 8601 calendar date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source allows and no more.",
    examples: ["2023", "2023-03", "2023-03-09"],
    date: "partial",
  });

/** A date together with how we know it. */
export const dateKnowledgeSchema = z
  .discriminatedUnion("status", [
    z
      .strictObject({
        status: z.literal("stated").meta({ description: "The source gives the date in so many words." }),
        value: partialDateSchema,
      })
      .meta({ title: "Stated date" }),
    z
      .strictObject({
        status: z.literal("inferred").meta({ description: "Worked out from the source, not given in it." }),
        value: partialDateSchema,
        basis: textSchema.meta({
          description: "How the date was worked out, e.g. 'the afternoon of the 30th' in an article dated 2023-10-31.",
        }),
      })
      .meta({ title: "Inferred date" }),
    z
      .strictObject({
        status: z.literal("unknown").meta({ description: "The source does not say when." }),
        notAfter: partialDateSchema.meta({
          description: "The latest the date can be, usually the publication date of the source.",
        }),
        notBefore: partialDateSchema
          .optional()
          .meta({ description: "The earliest the date can be, where the source bounds it ('more than forty years ago')." }),
        basis: textSchema.optional().meta({ description: "Why the date lies between notBefore and notAfter." }),
      })
      .meta({ title: "Unknown date" }),
  ])
  .meta({
    description: "A date and how we know it: stated, inferred (with the basis), or unknown (with the latest possible date).",
    tag: "How we know the date: stated by the source, inferred from it, or unknown (then only bounded by notAfter and notBefore).",
    date: "known",
  });

export const countryCodeSchema = z
  .enum(countryCodes as [string, ...string[]])
  .meta({ description: "ISO 3166-1 alpha-2 country code (upper case), from the iso-3166 package.", valueSet: "ISO 3166-1 alpha-2" });

/** At most ten words, as printed in the source: enough to find the passage, never a whole sentence. */
export const locatorPattern = new RegExp(`^${visibleCharacter}+(?: ${visibleCharacter}+){0,9}$`, "u");

/** Where a fact stands: the source and the paragraph in it. */
export const citationSchema = z
  .strictObject({
    source: idOf("sources", "Id of the source (a record in sources)."),
    paragraph: z
      .int()
      .min(1)
      .max(10000)
      .meta({
        description:
          "Paragraph number in the source: the n-th non-blank line of the page or archived text, counting from its first line (breadcrumb and headline included).",
      }),
    locator: z
      .string()
      .regex(locatorPattern)
      .optional()
      .meta({
        description:
          "At most ten words copied exactly from that paragraph, single-spaced, so that a link can open the page at the passage (a URL text fragment).",
        verbatim: true,
      }),
  })
  .meta({ description: "A pointer to the paragraph of a source where a fact stands.", citation: true });

export const citationsSchema = z
  .array(citationSchema)
  .min(1)
  .meta({ description: "Every place in the sources that the record's facts come from; at least one." });

export const otherNamesSchema = z
  .array(textSchema)
  .min(1)
  .meta({
    description: "Other spellings and short forms used in the sources (abbreviations, a name without its last part).",
    itemColumn: "name",
    verbatim: true,
  });

export const languageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u)
  .meta({ description: "BCP 47 language tag, e.g. 'en' or 'zh'." });

export type DateKnowledge = z.infer<typeof dateKnowledgeSchema>;
export type Citation = z.infer<typeof citationSchema>;
