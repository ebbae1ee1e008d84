// The zod schemas alone, without any records: `import { eventSchema } from "china-sti-cooperation/schemas"`.
// The registry re-exports each collection's schema module.
export * from "./common.js";
export * from "../collections.js";
