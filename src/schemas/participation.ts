import * as z from "zod";
import { citationsSchema, idSchema, textSchema } from "./common.js";

export const participationRoles = [
  "lead",
  "delegation-head",
  "attended",
  "present",
  "host",
  "speaker",
  "questioner",
] as const;

export const participationSides = ["china", "counterpart", "press", "other", "unknown"] as const;

export const participationSchema = z
  .strictObject({
    id: idSchema,
    event: idSchema.meta({ description: "Id of the event." }),
    person: idSchema
      .optional()
      .meta({ description: "Id of the person; absent when the source does not identify who it was." }),
    nameInSource: textSchema
      .optional()
      .meta({ description: "How the source refers to an unidentified participant, e.g. 'Mr. Wang'." }),
    organization: idSchema
      .optional()
      .meta({ description: "Id of the organization the source ties the participant to at that time." }),
    title: textSchema
      .optional()
      .meta({ description: "Job title the source gives the person at that time, as written there." }),
    role: z.enum(participationRoles).meta({
      description:
        "Part played: lead (led their side), delegation-head (led a visiting delegation), attended, present (said to be present), host, speaker, questioner.",
    }),
    side: z.enum(participationSides).meta({ description: "Whose side: china, counterpart, press, other, or unknown when the source does not say." }),
    citations: citationsSchema,
  })
  .meta({
    title: "Participation",
    description: "Who took part in which event, in what role, on which side, with the title the source gives then.",
  });

export type Participation = z.infer<typeof participationSchema>;
