import * as z from "zod";
import { citationsSchema, idSchema, partialDateSchema, textSchema } from "./common.js";

export const comparators = ["exact", "more-than", "at-least", "about", "nearly", "at-most", "less-than"] as const;

export const statisticScopes = ["all-partners", "belt-and-road-partners", "other"] as const;

export const referenceSchema = z
  .discriminatedUnion("kind", [
    z
      .strictObject({
        kind: z.literal("cumulative").meta({ description: "A running total up to the time of the report." }),
        since: partialDateSchema.optional().meta({ description: "When the count starts, where the source says." }),
      })
      .meta({ title: "Cumulative" }),
    z
      .strictObject({
        kind: z.literal("period").meta({ description: "A count for one calendar period." }),
        period: partialDateSchema.meta({ description: "The period: a year (2022) or a month (2022-06)." }),
      })
      .meta({ title: "Period" }),
  ])
  .meta({ description: "What the value counts over: a running total to the report date, or one period." });

export const statisticSchema = z
  .strictObject({
    id: idSchema,
    indicator: idSchema.meta({ description: "Id of the indicator this is a value of." }),
    value: z.number().min(0).meta({ description: "The number as reported; read it with the comparator." }),
    comparator: z.enum(comparators).meta({
      description: "How the value bounds the true figure: 'more-than' 80 is not 80. exact, more-than, at-least, about, nearly, at-most, less-than.",
    }),
    scope: z.enum(statisticScopes).meta({ description: "Which partners the figure covers." }),
    scopeNote: textSchema.optional().meta({ description: "More about the scope, where the source says more." }),
    reference: referenceSchema,
    reportedAt: idSchema.meta({ description: "Id of the event at which the figure was announced." }),
    reportedBy: idSchema.optional().meta({ description: "Id of the person who announced it." }),
    citations: citationsSchema,
  })
  .meta({ title: "Statistic", description: "One reported value of an indicator, with its comparator, scope and reference." });

export type Statistic = z.infer<typeof statisticSchema>;
