import * as z from "zod";
import type { ExportMeta } from "./schemas/meta.js";

/**
 * One walk over the zod schemas, shared by the canonical formatter, the `new` template, the
 * reference list and the table exporter, so that each reads a schema the same way.
 */
/** A described schema: its shape, and the metadata of every wrapper layer merged, outer layers last. */
export type Described =
  | { kind: "object"; meta: Meta; fields: Field[] }
  | { kind: "array"; meta: Meta; item: Described; minItems: number }
  | { kind: "union"; meta: Meta; discriminator?: string; forms: Described[] }
  | { kind: "scalar"; meta: Meta; type: "string" | "integer" | "number" | "boolean"; values?: readonly string[]; literals?: readonly unknown[]; pattern?: RegExp };

export type Meta = ExportMeta & { description?: string; title?: string };

export interface Field {
  key: string;
  optional: boolean;
  schema: Described;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
  checks?: { _zod: { def: { check: string; pattern?: RegExp; minimum?: number } } }[];
}

const cache = new WeakMap<z.ZodType, Described>();

/** The shape of a zod schema with its metadata; `optional` wrappers are unwrapped by `describe` of a field. */
export function describe(schema: z.ZodType): Described {
  const known = cache.get(schema);
  if (known) return known;
  const described = walk(schema, {});
  cache.set(schema, described);
  return described;
}

function walk(schema: z.ZodType, outer: Meta): Described {
  const def = schema.def as unknown as Def;
  const meta = { ...(z.globalRegistry.get(schema) as Meta | undefined), ...outer };
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  switch (def.type) {
    case "optional":
    case "readonly":
      return walk(def.innerType!, meta);
    case "object":
      return {
        kind: "object",
        meta,
        fields: Object.entries(def.shape!).map(([key, value]) => ({
          key,
          optional: (value.def as unknown as Def).type === "optional",
          schema: describe(value),
        })),
      };
    case "array":
      return { kind: "array", meta, item: describe(def.element!), minItems: checks.find((c) => c.check === "min_length")?.minimum ?? 0 };
    case "union":
      return { kind: "union", meta, forms: def.options!.map((option) => describe(option)), ...(def.discriminator ? { discriminator: def.discriminator } : {}) };
    case "enum":
      return { kind: "scalar", meta, type: "string", values: Object.values(def.entries!) };
    case "literal": {
      const type = typeof def.values![0];
      return { kind: "scalar", meta, type: type === "boolean" ? "boolean" : type === "number" ? "number" : "string", values: def.values!.map(String), literals: def.values! };
    }
    case "string": {
      const pattern = checks.find((c) => c.check === "string_format")?.pattern;
      return { kind: "scalar", meta, type: "string", ...(pattern ? { pattern } : {}) };
    }
    case "number":
      return { kind: "scalar", meta, type: def.format === "safeint" ? "integer" : "number" };
    case "boolean":
      return { kind: "scalar", meta, type: "boolean" };
    default:
      throw new Error(`schema-walk: no rule for a zod ${def.type} schema`);
  }
}

/** The form of a union that a value takes, by its discriminator; undefined when none matches. */
export function formOf(union: Extract<Described, { kind: "union" }>, value: unknown): Described | undefined {
  if (!union.discriminator || value === null || typeof value !== "object") return undefined;
  const tag = (value as Record<string, unknown>)[union.discriminator];
  return union.forms.find(
    (form) => form.kind === "object" && form.fields.some((f) => f.key === union.discriminator && f.schema.kind === "scalar" && f.schema.values?.includes(String(tag))),
  );
}

/**
 * Every property of any form of a union, merged into one object shape (a field is optional unless
 * every form has it). The discriminator's column is described by the union's `tag`, not by one form.
 */
export function mergedForms(union: Extract<Described, { kind: "union" }>): Extract<Described, { kind: "object" }> {
  const fields = new Map<string, Field>();
  const forms = union.forms.filter((form): form is Extract<Described, { kind: "object" }> => form.kind === "object");
  for (const form of forms) {
    for (const field of form.fields) {
      const known = fields.get(field.key);
      if (!known) fields.set(field.key, field);
      else if (known.schema.kind === "scalar" && field.schema.kind === "scalar" && known.schema.values && field.schema.values) {
        // The same enum in several forms, or a discriminator's constants: each value once, with its meaning.
        fields.set(field.key, {
          ...known,
          schema: {
            ...known.schema,
            values: [...new Set([...known.schema.values, ...field.schema.values])],
            meta: { ...known.schema.meta, values: { ...valueDescriptions(known.schema), ...valueDescriptions(field.schema) } },
          },
        });
      }
    }
  }
  const merged = [...fields.values()].map((field) => {
    const optional = field.optional || !forms.every((form) => form.fields.some((f) => f.key === field.key && !f.optional));
    const tag = field.key === union.discriminator && union.meta.tag;
    return { ...field, optional, ...(tag ? { schema: { ...field.schema, meta: { ...field.schema.meta, description: tag } } } : {}) };
  });
  return { kind: "object", meta: union.meta, fields: merged };
}

/** A description for each allowed value of an enum or literal, where the schema gives one. */
export function valueDescriptions(shape: Described): Record<string, string> {
  if (shape.kind !== "scalar" || !shape.values) return {};
  if (shape.meta.values) return { ...shape.meta.values };
  // A literal's own description describes its one value.
  return shape.values.length === 1 && shape.meta.description ? { [shape.values[0]!]: shape.meta.description } : {};
}
