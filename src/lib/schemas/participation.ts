import * as z from "zod";
import { citationsSchema, idOf, idSchema, textSchema } from "./common.js";
import { codes } from "./meta.js";

export const participationRoleValues = {
  lead: "Led their side.",
  "co-chair": "Co-chaired the meeting or session.",
  chair: "Chaired or hosted the proceedings.",
  "delegation-head": "Led a visiting delegation.",
  attended: "Attended.",
  present: "Said to be present.",
  host: "Hosted the event as a body (a press conference's host).",
  speaker: "Spoke or answered questions.",
  signatory: "Signed an agreement.",
  witness: "Witnessed a signing.",
  moderator: "Moderated.",
  questioner: "Asked a question.",
} as const;
export const participationRoles = codes(participationRoleValues);

export const participationSideValues = {
  china: "The Chinese side.",
  counterpart: "The foreign side.",
  press: "The press.",
  other: "Neither side (a third party).",
  unknown: "The source does not say.",
} as const;
export const participationSides = codes(participationSideValues);

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

export type Participation = z.infer<typeof participationSchema>;
