import * as z from "zod";
import { codes as currencyCodes } from "currency-codes";
import { citationsSchema, dateKnowledgeSchema, idOf, idSchema, partialDateSchema, textSchema } from "./common.js";
import { comparatorValues, comparators, statisticScopeValues, statisticScopes, statisticKindValues, statisticKinds, scaleValues, scales } from "../codes.js";

export const currencySchema = z
  .enum(currencyCodes() as [string, ...string[]])
  .meta({ description: "ISO 4217 currency code, for an amount of money.", valueSet: "ISO 4217" });

export const referenceSchema = z
  .discriminatedUnion("kind", [
    z
      .strictObject({
        kind: z.literal("cumulative").meta({ description: "A running total." }),
        asOf: dateKnowledgeSchema
          .optional()
          .meta({ description: "The date the total stands at ('by the end of 2021'), where the source gives one apart from when it was reported." }),
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
  .meta({
    description: "What the value counts over: a running total, or one period.",
    tag: "What the value counts over: a running total (cumulative) or one calendar period.",
  });

export const statisticSchema = z
  .strictObject({
    id: idSchema,
    indicator: idOf("indicators", "Id of the indicator this is a value of."),
    kind: z.enum(statisticKinds).meta({ description: "Achieved or target: never drawn in one series.", values: statisticKindValues }),
    value: z.number().min(0).meta({ description: "The number as reported; read it with the comparator and the scale." }),
    valueHigh: z.number().min(0).optional().meta({ description: "The upper end of a range, with comparator 'between'." }),
    comparator: z.enum(comparators).meta({ description: "How the value bounds the true figure.", values: comparatorValues }),
    scale: z.enum(scales).optional().meta({ description: "The scale word of the figure ('10 billion': value 10, scale billion).", values: scaleValues }),
    currency: currencySchema.optional(),
    scope: z.enum(statisticScopes).meta({ description: "Which partners the figure covers.", values: statisticScopeValues }),
    scopeNote: textSchema.optional().meta({ description: "More about the scope, where the source says more." }),
    termInSource: textSchema
      .optional()
      .meta({ description: "The source's own words for what is counted, where they differ from the indicator's name.", verbatim: true }),
    reference: referenceSchema,
    horizon: dateKnowledgeSchema
      .optional()
      .meta({ description: "For a target: when it is to be reached, and how we know.", future: "allowed" }),
    reportedAt: idOf("events", "Id of the event at which the figure was announced; absent for a release with no event.").optional(),
    reportedBy: idOf("people", "Id of the person who announced it.").optional(),
    reportedByOrganization: idOf("organizations", "Id of the organization that announced it, when no person is named.").optional(),
    linkedStatistics: z
      .array(idOf("statistics", "Id of a statistic reported in the same statement."))
      .min(1)
      .optional()
      .meta({ description: "Values given together as one compound figure ('70 laboratories with nearly 50 countries').", itemColumn: "linked_statistic" }),
    agreements: z
      .array(idOf("agreements", "Id of an agreement the figure counts or names."))
      .min(1)
      .optional()
      .meta({ description: "Agreements the figure names.", itemColumn: "agreement" }),
    citations: citationsSchema,
  })
  .meta({ title: "Statistic", description: "One reported value of an indicator, with its comparator, scope, kind and reference." });
