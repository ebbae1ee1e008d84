import type { Cell, Table, TableField } from "./columns.js";

/** The columns of the series table taken as they are from the statistics table, in this order. */
const statisticColumns = {
  head: ["indicator_id"],
  value: ["kind", "scope", "scope_note", "comparator", "value", "value_high", "scale", "currency"],
  dates: ["refers_to_kind", "refers_to", "refers_to_earliest", "refers_to_latest", "refers_to_precision", "reported_on", "reported_on_earliest", "reported_on_latest", "reported_on_precision", "horizon_earliest", "horizon_latest", "horizon_precision", "reported_at_id"],
} as const;

const byName = (tables: readonly Table[], name: string) => {
  const table = tables.find((t) => t.name === name);
  if (!table) throw new Error(`series: no ${name} table`);
  return table;
};

function fieldOf(table: Table, name: string): TableField {
  const field = table.fields.find((f) => f.name === name);
  if (!field) throw new Error(`series: the ${table.name} table has no column ${name}`);
  return field;
}

const compare = (a: Cell, b: Cell) => {
  const x = String(a ?? "");
  const y = String(b ?? "");
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The tidy series table: one row per reported value (statistic) with what a plot needs and no join:
 * the indicator's name and unit, the value with its comparator, the date it refers to and when it was
 * reported (typed), and the source with a link to the cited passage. Built from the other tables, so
 * its columns and descriptions are theirs; rows in series order (indicator, kind, scope, currency, date).
 */
export function seriesTable(tables: readonly Table[]): Table {
  const statistics = byName(tables, "statistics");
  const indicators = new Map(byName(tables, "indicators").rows.map((row) => [row.id, row]));
  const sources = new Map(byName(tables, "sources").rows.map((row) => [row.id, row]));
  const citations = byName(tables, "statistic_citations");
  const firstCitation = new Map(citations.rows.filter((row) => row.position === 1).map((row) => [row.statistic_id, row]));
  const pick = (names: readonly string[]) => names.map((name) => fieldOf(statistics, name));
  const required = { required: true as const };

  const fields: TableField[] = [
    { name: "statistic_id", type: "string", description: "The reported value (a statistic). Links to statistics.csv (id).", constraints: required },
    ...pick(statisticColumns.head),
    { ...fieldOf(byName(tables, "indicators"), "name"), name: "indicator", description: "The indicator's short name." },
    { ...fieldOf(byName(tables, "indicators"), "unit"), name: "unit" },
    ...pick(statisticColumns.value),
    ...pick(statisticColumns.dates),
    { name: "source_id", type: "string", description: "The source the value is cited from (its first citation). Links to sources.csv (id).", constraints: required },
    { ...fieldOf(byName(tables, "sources"), "url"), name: "source_url" },
    { ...fieldOf(citations, "link"), name: "citation_link" },
  ];

  const rows = statistics.rows.map((statistic) => {
    const indicator = indicators.get(statistic.indicator_id)!;
    const citation = firstCitation.get(statistic.id)!;
    const copied = Object.fromEntries([...statisticColumns.head, ...statisticColumns.value, ...statisticColumns.dates].map((name) => [name, statistic[name]]));
    return {
      statistic_id: statistic.id,
      ...copied,
      indicator: indicator.name,
      unit: indicator.unit,
      source_id: citation.source_id,
      source_url: sources.get(citation.source_id)!.url,
      citation_link: citation.link,
    };
  });
  const order = ["indicator_id", "kind", "scope", "currency", "refers_to_latest", "statistic_id"];
  rows.sort((a, b) => order.reduce((found, name) => found || compare(a[name as keyof typeof a], b[name as keyof typeof b]), 0));

  return {
    name: "series",
    description: "One row per reported value of an indicator, ready to plot: indicator, unit, value with comparator, kind, scope, the date the value refers to and when it was reported, and the source. Never plot achieved values and targets, or different scopes or currencies, as one line.",
    fields,
    primaryKey: ["statistic_id"],
    foreignKeys: [
      { fields: ["statistic_id"], reference: { resource: "statistics", fields: ["id"] } },
      { fields: ["indicator_id"], reference: { resource: "indicators", fields: ["id"] } },
      { fields: ["reported_at_id"], reference: { resource: "events", fields: ["id"] } },
      { fields: ["source_id"], reference: { resource: "sources", fields: ["id"] } },
    ],
    rows: rows as Record<string, Cell>[],
  };
}
