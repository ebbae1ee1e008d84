import * as z from "zod";
import { citationsSchema, countryCodeSchema, idOf, idSchema, otherNamesSchema, textSchema } from "./common.js";
import { organizationKindValues, organizationKinds } from "../codes.js";

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
