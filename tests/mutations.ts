// Mutations of one string that the engines have read differently: line breaks where "$" or "." differ,
// the white space of each engine's \s, controls, surrogates, digits other than ASCII ones.
const stringMutations: ((text: string) => string)[] = [
  (s) => `${s}\n`,
  (s) => `${s}\r\n`,
  (s) => `\n${s}`,
  (s) => `${s} `,
  (s) => ` ${s}`,
  (s) => `${s}\u00a0`,
  (s) => `\u3000${s}`,
  (s) => `${s}\u1680`,
  (s) => `${s}\u001c`,
  (s) => `${s}\u0085`,
  (s) => `${s}\u200b`,
  (s) => `${s}\ufeff`,
  (s) => `${s}\t`,
  (s) => `${s.slice(0, 1)}\u001b[2J${s.slice(1)}`,
  (s) => `${s.slice(0, 1)}\u0000${s.slice(1)}`,
  (s) => `${s.slice(0, 1)}\u2028${s.slice(1)}`,
  (s) => `${s.slice(0, 1)}\ud800${s.slice(1)}`,
  (s) => `${s}\udc00`,
  (s) => `${s} \u{1F600}`,
  (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + Number(d))),
  (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  (s) => s.replace(/ /g, "  "),
  (s) => s.toUpperCase(),
  (s) => s.replace(/-/g, "--"),
  () => "",
];
const numberMutations: ((n: number) => number)[] = [(n) => n + 0.5, (n) => -n, () => 0, () => 1e20];

/** Copies of a record, each with one string or number changed. */
export function mutationsOf(record: unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (value: unknown, replace: (next: unknown) => unknown) => {
    if (typeof value === "string") for (const mutate of stringMutations) out.push(replace(mutate(value)));
    else if (typeof value === "number") for (const mutate of numberMutations) out.push(replace(mutate(value)));
    else if (Array.isArray(value)) value.forEach((item, i) => visit(item, (next) => replace(value.map((other, j) => (i === j ? next : other)))));
    else if (value !== null && typeof value === "object")
      for (const [key, child] of Object.entries(value)) visit(child, (next) => replace({ ...value, [key]: next }));
  };
  visit(record, (next) => next);
  return out;
}
