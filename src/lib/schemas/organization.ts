import * as z from "zod";
import { citationsSchema, countryCodeSchema, idOf, idSchema, otherNamesSchema, textSchema } from "./common.js";
import { codes } from "./meta.js";

export const organizationKindValues = {
  "national-government": "A country's government as a whole.",
  ministry: "A ministry.",
  department: "A department or bureau inside a ministry.",
  agency: "A government agency or funding body.",
  centre: "A centre under a ministry (an exchange or development centre).",
  "government-office": "An office of a head of state or government, or of a cabinet.",
  embassy: "An embassy or consulate.",
  "intergovernmental-organization": "An organization of states.",
  university: "A university.",
  "research-institution": "A research institute or academy.",
  association: "An association, network or foundation.",
  media: "A news outlet.",
  other: "Anything else.",
} as const;
export const organizationKinds = codes(organizationKindValues);

export const organizationSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema.meta({ description: "Name as the sources write it in English.", verbatim: true }),
    otherNames: otherNamesSchema.optional(),
    kind: z.enum(organizationKinds).meta({ description: "What sort of body it is.", values: organizationKindValues }),
    country: countryCodeSchema
      .optional()
      .meta({ description: "Country the body belongs to (an embassy: the sending state); absent for international bodies." }),
    parent: idOf("organizations", "Id of the organization this one is part of, where a source states it.").optional(),
    citations: citationsSchema,
  })
  .meta({
    title: "Organization",
    description: "A ministry, department, centre, embassy, intergovernmental organization or media outlet.",
  });

export type Organization = z.infer<typeof organizationSchema>;
