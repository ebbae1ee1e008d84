import * as z from "zod";
import { iso31661 } from "iso-3166";

/** Lowercase slug; a record's id is also its file name (`data/<collection>/<id>.json`). */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .regex(idPattern)
  .max(100)
  .meta({ description: "Stable lowercase slug (a-z, 0-9, single hyphens), at most 100 characters." });

/** One line of our own words: no leading, trailing or line-breaking white space. */
export const textPattern = /^\S(?:.*\S)?$/;

export const textSchema = z.string().regex(textPattern);

// A real calendar date written as YYYY, YYYY-MM or YYYY-MM-DD. The leap-year rule is in the regex
// itself (not a .refine) so that the generated JSON Schema enforces exactly what zod enforces.
const leapYear = "(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
const monthDay =
  "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))";
export const partialDatePattern = new RegExp(
  `^(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?|\\d{4}-${monthDay}|${leapYear}-02-29)$`,
);

export const partialDateSchema = z
  .string()
  .regex(partialDatePattern)
  .meta({
    description:
      "Partial ISO 8601 calendar date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source allows and no more.",
    examples: ["2023", "2023-03", "2023-03-09"],
  });

export const dateStatuses = ["stated", "inferred", "unknown"] as const;

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
        basis: textSchema.optional().meta({ description: "Why the date cannot be later than notAfter." }),
      })
      .meta({ title: "Unknown date" }),
  ])
  .meta({ description: "A date and how we know it: stated, inferred (with the basis), or unknown (with the latest possible date)." });

export const countryCodes = iso31661.map((country) => country.alpha2);

export const countryCodeSchema = z
  .enum(countryCodes as [string, ...string[]])
  .meta({ description: "ISO 3166-1 alpha-2 country code (upper case), from the iso-3166 package." });

/** Where a fact stands: the source and the paragraph in it. */
export const citationSchema = z
  .strictObject({
    source: idSchema.meta({ description: "Id of the source document (a record in sources)." }),
    paragraph: z
      .int()
      .min(1)
      .max(10000)
      .meta({
        description: "Paragraph number in the source: the n-th non-blank line of its archived text, counting from 1.",
      }),
  })
  .meta({ description: "A pointer to the paragraph of a source document where a fact stands." });

export const citationsSchema = z
  .array(citationSchema)
  .min(1)
  .meta({ description: "Every place in the sources that the record's facts come from; at least one." });

export const otherNamesSchema = z
  .array(textSchema)
  .min(1)
  .meta({ description: "Other spellings and short forms used in the sources (abbreviations, a name without its last part)." });

export type DateKnowledge = z.infer<typeof dateKnowledgeSchema>;
export type Citation = z.infer<typeof citationSchema>;

/** The date a record is placed at in time: the stated or inferred date, or else the latest possible one. */
export function dateForOrdering(date: DateKnowledge): string {
  return date.status === "unknown" ? date.notAfter : date.value;
}
