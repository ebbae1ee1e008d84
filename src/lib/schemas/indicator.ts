import * as z from "zod";
import { citationsSchema, idSchema, textSchema } from "./common.js";

export const indicatorSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema.meta({ description: "Short name of the measure, in our words." }),
    definition: textSchema.meta({ description: "What exactly is counted, so that values reported years apart line up." }),
    unit: textSchema.meta({ description: "What one unit of the value is, plural: 'agreements', 'countries', 'people', or a currency's name for money." }),
    citations: citationsSchema,
  })
  .meta({
    title: "Indicator",
    description: "A named, defined measure of cooperation; each reported value of it is a statistic.",
  });
