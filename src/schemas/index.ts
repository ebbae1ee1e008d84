// The zod schemas alone, without any records: `import { eventSchema } from "china-sti-cooperation/schemas"`.
export * from "./common.js";
export * from "./event.js";
export * from "./indicator.js";
export * from "./organization.js";
export * from "./participation.js";
export * from "./person.js";
export * from "./program.js";
export * from "./redirect.js";
export * from "./source.js";
export * from "./statistic.js";
