import type { CollectionName } from "../lib/collections.js";
import { spanOf, type KnownDate } from "../lib/dates.js";

/** What every table exporter (CSV, JSON, Parquet, the data package, README) reads: typed columns and rows. */

/** A cell: text, a number, true/false, or a calendar day written YYYY-MM-DD (in a "date" column). */
export type Cell = string | number | boolean | undefined;

export interface TableField {
  name: string;
  /** "date": a whole calendar day, written YYYY-MM-DD in CSV and JSON, a DATE in Parquet. */
  type: "string" | "integer" | "number" | "boolean" | "date";
  description: string;
  constraints?: { required?: true; enum?: (string | boolean | number)[]; pattern?: string };
  /** What each allowed value means, where the schema says. */
  values?: Record<string, string>;
  /** The code list the values come from, e.g. "ISO 3166-1 alpha-2". */
  valueSet?: string;
}

export interface Table {
  name: string;
  description: string;
  fields: TableField[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  rows: Record<string, Cell>[];
}

/** A column and how to read its cell off a record (or off one item of a list). */
export interface Column<T = unknown> {
  field: TableField;
  get: (from: T) => Cell;
  target?: CollectionName;
}

export const precisionValues = {
  year: "Only the year is known (2023).",
  month: "The year and the month (2023-03).",
  day: "The day (2023-03-09).",
} as const;

/**
 * The typed companions of a date: the earliest and the latest calendar day it can be, and its
 * precision, named `<name>_earliest`, `<name>_latest`, `<name>_precision`. A partial date spans its
 * year or month; a date with how we know it spans its value, or notBefore to notAfter when unknown.
 */
export function dateColumns<T>(name: string, kind: "partial" | "known", get: (from: T) => KnownDate | string | undefined): Column<T>[] {
  const span = (from: T) => {
    const date = get(from);
    return date === undefined ? {} : spanOf(date);
  };
  const known = kind === "known";
  return [
    {
      field: {
        name: `${name}_earliest`,
        type: "date",
        description: known
          ? `The earliest calendar day the date (${name}_*) can be: the first day of its value (2023 → 2023-01-01), or of its lower bound (not_before) when unknown; empty when unknown and unbounded.`
          : `The first calendar day of ${name} (2023 → 2023-01-01).`,
      },
      get: (from) => span(from).earliest,
    },
    {
      field: {
        name: `${name}_latest`,
        type: "date",
        description: known
          ? `The latest calendar day the date (${name}_*) can be: the last day of its value (2023-02 → 2023-02-28), or of its upper bound (not_after) when unknown.`
          : `The last calendar day of ${name} (2023-02 → 2023-02-28).`,
      },
      get: (from) => span(from).latest,
    },
    {
      field: {
        name: `${name}_precision`,
        type: "string",
        description: known ? `How precise the stated or inferred date (${name}_*) is; empty for an unknown date, which is only bounded.` : `How precise ${name} is.`,
        constraints: { enum: Object.keys(precisionValues) },
        values: { ...precisionValues },
      },
      get: (from) => span(from).precision,
    },
  ];
}
