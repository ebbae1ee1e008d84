import { iso31661 } from "iso-3166";
import type { KnownDate } from "../lib/dates.js";
import type { RecordOf } from "../lib/collections.js";
import { comparatorValues, scaleMultipliers } from "../lib/codes.js";
import { html, type Html } from "./html.js";

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A partial ISO date as people write it: "2023", "March 2023", "9 March 2023". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split("-");
  if (month === undefined) return year!;
  const monthName = months[Number(month) - 1]!;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** A date with how we know it: the date, and for an inferred or unknown date, what we know and why. */
export function knownDate(date: KnownDate): Html {
  if (date.status === "stated") return html`<time datetime="${date.value}">${formatDate(date.value)}</time>`;
  if (date.status === "inferred") return html`<time datetime="${date.value}">${formatDate(date.value)}</time> <span class="how">(inferred: ${date.basis})</span>`;
  const range = date.notBefore
    ? html`between <time datetime="${date.notBefore}">${formatDate(date.notBefore)}</time> and <time datetime="${date.notAfter}">${formatDate(date.notAfter)}</time>`
    : html`not after <time datetime="${date.notAfter}">${formatDate(date.notAfter)}</time>`;
  return html`<span class="unknown">Date unknown</span>: ${range}${date.basis ? html` <span class="how">(${date.basis})</span>` : ""}`;
}

/** A short date for lists: the date, "not after …" when unknown, with a mark for inferred. */
export function shortDate(date: KnownDate): string {
  if (date.status === "unknown") return date.notBefore ? `${formatDate(date.notBefore)} – ${formatDate(date.notAfter)}?` : `by ${formatDate(date.notAfter)}?`;
  return date.status === "inferred" ? `${formatDate(date.value)} (inferred)` : formatDate(date.value);
}

/** The year an event is in, where its date tells one; undefined when an unknown date spans years. */
export function yearOf(date: KnownDate): string | undefined {
  if (date.status !== "unknown") return date.value.slice(0, 4);
  return date.notBefore && date.notBefore.slice(0, 4) === date.notAfter.slice(0, 4) ? date.notAfter.slice(0, 4) : undefined;
}

const countryNames = new Map(iso31661.map((country) => [country.alpha2, country.name]));

/** The ISO 3166-1 short name of a country code (the code list the schemas use). */
export const countryName = (code: string): string => countryNames.get(code) ?? code;

/** A slug or code as words: "press-conference" → "press conference". */
export const words = (slug: string): string => slug.replaceAll("-", " ");

const comparatorWords: Record<keyof typeof comparatorValues, string> = {
  exact: "",
  "more-than": "more than",
  "at-least": "at least",
  about: "about",
  nearly: "nearly",
  "at-most": "at most",
  "less-than": "less than",
  between: "between",
};

const number = new Intl.NumberFormat("en", { maximumFractionDigits: 6 });

type Statistic = RecordOf<"statistics">;

/** A figure as the source gives it, comparator, range, scale and currency kept: "more than 160 countries". */
export function valueText(statistic: Statistic, unit: string): string {
  const scale = statistic.scale ? ` ${words(statistic.scale)}` : "";
  const amount =
    statistic.comparator === "between" && statistic.valueHigh !== undefined
      ? `between ${number.format(statistic.value)} and ${number.format(statistic.valueHigh)}${scale}`
      : `${comparatorWords[statistic.comparator]} ${number.format(statistic.value)}${scale}`.trim();
  return `${amount} ${unit}${statistic.currency ? ` (${statistic.currency})` : ""}`;
}

/** The figure's scale applied: "1.5 billion" → 1,500,000,000. */
export const scaled = (value: number, statistic: Pick<Statistic, "scale">): number => value * (statistic.scale ? scaleMultipliers[statistic.scale] : 1);
