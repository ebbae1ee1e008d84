import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { comparators } from "../lib/codes.js";

type Comparator = (typeof comparators)[number];

/** One value of a series, as the chart draws it: already scaled, with its comparator. */
export interface ChartPoint {
  id: string;
  /** The partial ISO date it is drawn at. */
  date: string;
  value: number;
  valueHigh?: number;
  comparator: Comparator;
  /** What a reader is told of the point: the figure as the source gives it, and its date. */
  label: string;
}

/** How each comparator is drawn, so that a bound or an approximation is never drawn as an exact value. */
export const comparatorMarks = {
  exact: "exact",
  about: "approximate",
  nearly: "approximate",
  "more-than": "lower-bound",
  "at-least": "lower-bound",
  "less-than": "upper-bound",
  "at-most": "upper-bound",
  between: "range",
} as const satisfies Record<Comparator, string>;

export type MarkKind = (typeof comparatorMarks)[Comparator];

export const markLegend: Record<MarkKind, string> = {
  exact: "exact value",
  approximate: "about or nearly the value",
  "lower-bound": "more than or at least the value: the true figure lies somewhere above",
  "upper-bound": "less than or at most the value: the true figure lies somewhere below",
  range: "a range: the true figure lies between its ends",
};

/** The middle of the span a partial date covers (a year is drawn at mid-year), as a UTC instant. */
export function dateMidpoint(date: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number?, number?];
  if (day !== undefined) return new Date(Date.UTC(year, month! - 1, day, 12));
  const start = Date.UTC(year, (month ?? 1) - 1, 1);
  const end = month === undefined ? Date.UTC(year + 1, 0, 1) : Date.UTC(year, month, 1);
  return new Date((start + end) / 2);
}

const { document } = parseHTML("<!doctype html><html><body></body></html>");
const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 });
const year = 365.25 * 24 * 3600 * 1000;

// What the render hook needs of an SVG element (the DOM types are not in this build's libraries).
interface Tagged {
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): Iterable<Tagged>;
  readonly outerHTML: string;
}
type TaggedGroup = Tagged & { readonly children: ArrayLike<Tagged> & Iterable<Tagged> };

/**
 * A series as an SVG chart (Observable Plot, rendered at build time, so no script is needed to see
 * it). Each value is one mark carrying `data-statistic`, `data-value` and `data-comparator`; exact
 * values are filled dots, approximations hollow dots, lower and upper bounds a triangle with an
 * arrow towards where the true figure lies, ranges a bar between their ends. No line joins values.
 */
export function chartSvg(points: readonly ChartPoint[], options: { label: string; unit: string }): string {
  const rows = points.map((point) => ({ ...point, x: dateMidpoint(point.date), mark: comparatorMarks[point.comparator] }));
  const of = (kind: MarkKind) => rows.filter((row) => row.mark === kind);
  const highest = Math.max(...rows.map((row) => row.valueHigh ?? row.value));
  const top = highest > 0 ? highest * 1.25 : 1;
  const times = rows.map((row) => row.x.getTime());
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const pad = Math.max((last - first) * 0.08, year / 2);

  // The render hook tags each mark's element with the value it stands for (read by the tests and by scripts).
  const tagged = (kind: MarkKind) => ({
    title: (row: (typeof rows)[number]) => row.label,
    render(index: number[], scales: Plot.ScaleFunctions, values: Plot.ChannelValues, dimensions: Plot.Dimensions, context: Plot.Context, next?: Plot.RenderFunction) {
      const group = next!(index, scales, values, dimensions, context) as unknown as TaggedGroup;
      const data = of(kind);
      [...group.children].forEach((element, i) => {
        const row = data[index[i]!]!;
        element.setAttribute("class", `point ${kind}`);
        element.setAttribute("data-statistic", row.id);
        element.setAttribute("data-value", String(row.value));
        if (row.valueHigh !== undefined) element.setAttribute("data-value-high", String(row.valueHigh));
        element.setAttribute("data-comparator", row.comparator);
      });
      return group;
    },
  });

  const svg = Plot.plot({
    document,
    ariaLabel: options.label,
    width: 640,
    height: 320,
    marginLeft: 56,
    marginTop: 28,
    style: { fontSize: "12px", overflow: "visible" },
    x: { type: "utc", domain: [new Date(first - pad), new Date(last + pad)], label: null },
    y: { domain: [0, top], grid: true, label: options.unit, tickFormat: (v: number) => compact.format(v) },
    marks: [
      Plot.ruleY([0]),
      // Bounds: an arrow from the value towards the side the true figure lies on, drawn under the marker.
      Plot.arrow(of("lower-bound"), { x: "x", y1: "value", y2: top, stroke: "currentColor", strokeDasharray: "3 3", ariaHidden: "true" }),
      Plot.arrow(of("upper-bound"), { x: "x", y1: "value", y2: 0, stroke: "currentColor", strokeDasharray: "3 3", ariaHidden: "true" }),
      Plot.ruleX(of("range"), { x: "x", y1: "value", y2: "valueHigh", strokeWidth: 6, stroke: "currentColor", ...tagged("range") }),
      Plot.dot(of("exact"), { x: "x", y: "value", r: 5, fill: "currentColor", stroke: "currentColor", ...tagged("exact") }),
      Plot.dot(of("approximate"), { x: "x", y: "value", r: 5, fill: "white", stroke: "currentColor", strokeWidth: 2, ...tagged("approximate") }),
      Plot.dot(of("lower-bound"), { x: "x", y: "value", r: 6, symbol: "triangle", fill: "white", stroke: "currentColor", strokeWidth: 2, ...tagged("lower-bound") }),
      Plot.dot(of("upper-bound"), { x: "x", y: "value", r: 6, symbol: "triangle", rotate: 180, fill: "white", stroke: "currentColor", strokeWidth: 2, ...tagged("upper-bound") }),
    ],
  }) as unknown as Tagged;
  // The chart is one image to assistive technology, named by its label; the table beneath it holds
  // every value as text. ARIA names inside an image are not allowed: each mark's becomes data-mark.
  for (const element of svg.querySelectorAll("[aria-label]")) {
    element.setAttribute("data-mark", element.getAttribute("aria-label")!);
    element.removeAttribute("aria-label");
  }
  svg.setAttribute("aria-label", options.label);
  svg.setAttribute("role", "img");
  svg.setAttribute("class", `chart ${svg.getAttribute("class") ?? ""}`.trim());
  return svg.outerHTML;
}
