// Everything that carries zod, without any records: the schemas, the registry and validateDataset,
// for `import { eventSchema, validateDataset } from "china-sti-cooperation/schemas"`. The registry
// re-exports each collection's schema module; the code lists come along, and are also alone in "/codes".
export * from "./common.js";
export * from "../codes.js";
export * from "../collections.js";
export { references, type Reference } from "../references.js";
export type { Problem } from "../problem.js";
export type { RuleOptions } from "../rule.js";
export { validateDataset } from "../validate.js";
export type * from "../generated/types.js";
