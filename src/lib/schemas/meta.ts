/**
 * What the exporters need to know of a field beyond its JSON Schema, kept on the zod schema with
 * `.meta()` so that a new field carries it along: references, list-item column names, code lists.
 * These keys are taken out of the generated JSON Schemas (they are not JSON Schema keywords).
 */
export interface ExportMeta {
  /** The field holds the id of a record in this collection (a link between tables). */
  references?: string;
  /** For a list of single values: the name of the column that holds one item in its CSV table. */
  itemColumn?: string;
  /** For a list of slugs: kept in one CSV cell, joined with ";", instead of a table of its own. */
  joined?: boolean;
  /** The name of the code list the allowed values come from, e.g. "ISO 3166-1 alpha-2". */
  valueSet?: string;
  /** What each allowed value means (a code list). */
  values?: Record<string, string>;
  /** A citation: its CSV row also gets a `link` that opens the source page at the cited passage. */
  citation?: true;
  /** Words copied from a source (a name, a headline, a locator): every other text is our own words. */
  verbatim?: true;
  /** A date that may lie in the future (a target's horizon); other dates may not. */
  future?: "allowed";
  /**
   * A date, partial (YYYY, YYYY-MM, YYYY-MM-DD) or with how we know it: the tables add the earliest
   * and latest calendar day it can be (typed DATE) and its precision, so that every reader gets one
   * type whatever the data holds. The partial dates inside a date with knowledge are covered by it.
   */
  date?: "partial" | "known";
  /** For a choice of forms: what the field that tells the forms apart says, describing its column. */
  tag?: string;
  /** The column's name in the tables where the field's own name would not do (a reserved word in SQL). */
  column?: string;
}

export const exportMetaKeys: readonly (keyof ExportMeta)[] = ["references", "itemColumn", "joined", "valueSet", "values", "citation", "verbatim", "future", "date", "tag", "column"];

