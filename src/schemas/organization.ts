import * as z from "zod";
import { citationsSchema, countryCodeSchema, idSchema, otherNamesSchema, textSchema } from "./common.js";

export const organizationKinds = [
  "national-government",
  "ministry",
  "department",
  "centre",
  "government-office",
  "embassy",
  "intergovernmental-organization",
  "media",
  "research-institution",
  "other",
] as const;

export const organizationSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema.meta({ description: "Name as the sources write it in English." }),
    otherNames: otherNamesSchema.optional(),
    kind: z.enum(organizationKinds).meta({ description: "What sort of body it is." }),
    country: countryCodeSchema
      .optional()
      .meta({ description: "Country the body belongs to (an embassy: the sending state); absent for international bodies." }),
    parent: idSchema
      .optional()
      .meta({ description: "Id of the organization this one is part of, where a source states it." }),
    citations: citationsSchema,
  })
  .meta({
    title: "Organization",
    description: "A ministry, department, centre, embassy, intergovernmental organization or media outlet.",
  });

export type Organization = z.infer<typeof organizationSchema>;
