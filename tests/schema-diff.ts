// Finds the changes between two JSON Schemas that can reject a record the old one accepted.
type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: Schema;
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
};

// A form of a oneOf is known by the constants of its discriminator (e.g. status: "stated").
const formKey = (form: Schema) =>
  JSON.stringify(Object.entries(form.properties ?? {}).filter(([, p]) => p.const !== undefined).map(([k, p]) => [k, p.const]));

export function breakingChanges(before: Schema, after: Schema, at = ""): string[] {
  const found: string[] = [];
  const here = at || "(record)";
  if (before.type !== after.type) found.push(`${here}: type ${before.type} became ${after.type}`);
  if (before.const !== after.const) found.push(`${here}: constant changed`);
  if (before.pattern !== after.pattern) found.push(`${here}: pattern changed`);
  if (before.enum) {
    const removed = before.enum.filter((value) => !(after.enum ?? before.enum)!.includes(value));
    if (removed.length > 0) found.push(`${here}: values removed: ${removed.join(", ")}`);
  } else if (after.enum) found.push(`${here}: now limited to a list of values`);
  for (const key of ["minimum", "minLength", "minItems"] as const) {
    if ((after[key] ?? -Infinity) > (before[key] ?? -Infinity)) found.push(`${here}: ${key} raised`);
  }
  for (const key of ["maximum", "maxLength"] as const) {
    if ((after[key] ?? Infinity) < (before[key] ?? Infinity)) found.push(`${here}: ${key} lowered`);
  }
  if (after.additionalProperties === false && before.additionalProperties !== false) found.push(`${here}: unknown fields now rejected`);
  for (const [key, property] of Object.entries(before.properties ?? {})) {
    const next = after.properties?.[key];
    if (!next) found.push(`${at}/${key}: field removed`);
    else found.push(...breakingChanges(property, next, `${at}/${key}`));
  }
  for (const key of after.required ?? []) {
    if (!(before.required ?? []).includes(key)) found.push(`${at}/${key}: now required`);
  }
  if (before.items && after.items) found.push(...breakingChanges(before.items, after.items, `${at}/*`));
  if (before.oneOf) {
    const forms = new Map((after.oneOf ?? []).map((form) => [formKey(form), form]));
    for (const form of before.oneOf) {
      const next = forms.get(formKey(form));
      if (!next) found.push(`${here}: form ${formKey(form)} removed`);
      else found.push(...breakingChanges(form, next, at));
    }
  }
  return found;
}
