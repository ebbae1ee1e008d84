import * as z from "zod";
import { citationsSchema, idOf, idSchema, textSchema } from "./common.js";
import { participationRoleValues, participationRoles, participationSideValues, participationSides } from "../codes.js";

export const participationSchema = z
  .strictObject({
    id: idSchema,
    event: idOf("events", "Id of the event."),
    person: idOf("people", "Id of the person; absent when the source does not identify who it was.").optional(),
    nameInSource: textSchema
      .optional()
      .meta({ description: "How the source refers to an unidentified participant, e.g. 'Mr. Wang'.", verbatim: true }),
    organization: idOf("organizations", "Id of the organization the source ties the participant to at that time; alone, the organization took part.").optional(),
    title: textSchema
      .optional()
      .meta({ description: "Job title the source gives the person at that time, as written there.", verbatim: true }),
    role: z.enum(participationRoles).meta({ description: "Part played.", values: participationRoleValues }),
    side: z.enum(participationSides).meta({ description: "Whose side.", values: participationSideValues }),
    citations: citationsSchema,
  })
  .meta({
    title: "Participation",
    description: "Who took part in which event, in what role, on which side, with the title the source gives then.",
  });
