import * as z from "zod";
import { citationsSchema, countryCodeSchema, dateKnowledgeSchema, idOf, idSchema, otherNamesSchema, textSchema } from "./common.js";
import { agreementKindValues, agreementKinds } from "../codes.js";

export const agreementSchema = z
  .strictObject({
    id: idSchema,
    title: textSchema.meta({ description: "Its name as the source gives it; ours when titleIsOurs is true.", verbatim: true }),
    titleIsOurs: z.literal(true).optional().meta({ description: "true when the source gives no name and the title is ours." }),
    otherNames: otherNamesSchema.optional(),
    kind: z.enum(agreementKinds).meta({ description: "What sort of instrument.", values: agreementKindValues }),
    partyCountries: z
      .array(countryCodeSchema)
      .min(1)
      .optional()
      .meta({ description: "The countries that are parties (ISO 3166-1 alpha-2).", itemColumn: "country" }),
    partyOrganizations: z
      .array(idOf("organizations", "Id of an organization that is a party."))
      .min(1)
      .optional()
      .meta({ description: "The organizations that are parties (ministries, international organizations).", itemColumn: "organization" }),
    subject: textSchema.meta({ description: "What it covers, in our words." }),
    signed: dateKnowledgeSchema
      .optional()
      .meta({ description: "When it was signed and how we know: 'signed in 1987' is stated; 'more than forty years ago' is unknown with notAfter." }),
    citations: citationsSchema,
  })
  .meta({
    title: "Agreement",
    description: "An intergovernmental agreement, memorandum or protocol on S&T cooperation: what the headline agreements figure counts.",
  });
