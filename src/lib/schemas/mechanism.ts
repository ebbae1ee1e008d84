import * as z from "zod";
import { citationsSchema, countryCodeSchema, idOf, idSchema, otherNamesSchema, textSchema } from "./common.js";
import { mechanismKindValues, mechanismKinds } from "../codes.js";

export const mechanismSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema.meta({ description: "Its name as the sources write it in English.", verbatim: true }),
    otherNames: otherNamesSchema.optional(),
    kind: z.enum(mechanismKinds).meta({ description: "What sort of mechanism.", values: mechanismKindValues }),
    countries: z
      .array(countryCodeSchema)
      .min(1)
      .optional()
      .meta({ description: "The counterpart countries (ISO 3166-1 alpha-2).", itemColumn: "country" }),
    organizations: z
      .array(idOf("organizations", "Id of a member organization."))
      .min(1)
      .optional()
      .meta({ description: "The international organizations it belongs to or the bodies that run it.", itemColumn: "organization" }),
    parent: idOf("mechanisms", "Id of the mechanism this one is part of (a subcommittee's commission).").optional(),
    agreement: idOf("agreements", "Id of the agreement under which it was set up.").optional(),
    description: textSchema.optional().meta({ description: "What it is, in our words." }),
    citations: citationsSchema,
  })
  .meta({
    title: "Mechanism",
    description: "A standing mechanism of cooperation that meets in numbered sessions: a joint committee, a commission, a regular ministerial meeting.",
  });
