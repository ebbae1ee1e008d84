import type { FileRule } from "../rule.js";

/** No record comes near this; a larger file is refused without being read. */
export const maxRecordBytes = 256 * 1024;

export default {
  kind: "file",
  stage: 1,
  id: "file/too-large",
  description: `A record file is at most ${maxRecordBytes / 1024} KiB.`,
  check: ({ size }) =>
    size > maxRecordBytes
      ? [{ message: `file is ${size} bytes, over the ${maxRecordBytes}-byte limit for one record`, hint: "a record is a few kilobytes: is this the right file?" }]
      : [],
} satisfies FileRule;
