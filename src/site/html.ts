/** HTML that is already escaped: what the `html` template returns and what it inserts as it is. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Part = Html | string | number | false | null | undefined | readonly Part[];

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

const escape = (text: string): string => text.replaceAll(/[&<>"']/g, (c) => entities[c]!);

function render(part: Part): string {
  if (part === false || part === null || part === undefined) return "";
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join("");
  return escape(String(part));
}

/** A template that escapes every interpolated value except `Html`; lists are joined, empty values dropped. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let text = strings[0]!;
  parts.forEach((part, i) => (text += render(part) + strings[i + 1]!));
  return new Html(text);
}

/** Markup made elsewhere (an SVG from the chart library), inserted as it is. */
export const raw = (text: string): Html => new Html(text);

/** Items joined by a separator, as HTML. */
export function join(items: readonly Part[], separator: Part = ", "): Html {
  return new Html(items.map((item, i) => (i === 0 ? render(item) : render(separator) + render(item))).join(""));
}
