import { collectionNames, collections, type Dataset } from "../lib/collections.js";
import { dateForOrdering } from "../lib/dates.js";
import { datasetRules, fileRules } from "../lib/generated/rules.js";
import { schemaProblems } from "../lib/schema-issues.js";
import { loaderProblems } from "../cli/loader.js";
import { statisticDates } from "./statistic-columns.js";
import type { Table } from "./tables.js";

/** The generated parts of README.md, each between `<!-- name:start -->` and `<!-- name:end -->`. */
export function readmeSections(tables: readonly Table[], dataset: Dataset): Record<string, string> {
  return { downloads: downloads(tables, dataset), coverage: coverage(dataset), columns: columns(tables), rules: rules() };
}

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll(/\r?\n/g, " ");

function downloads(tables: readonly Table[], dataset: Dataset): string {
  const rows = [
    "| File | What it holds |",
    "| --- | --- |",
    "| `exports/datapackage.json` | The Frictionless data package: every CSV below with its fields, keys, dialect, licence and sources. |",
    "| `exports/json/dataset.json` | Every collection in one object, after `name`, `version` and `counts`. |",
    "| `exports/csv/series.csv`, `exports/json/series.json`, `exports/parquet/series.parquet` | The tidy series table: one row per reported value, ready to plot (see [Columns](#seriescsv)). |",
    "| `exports/parquet/<table>.parquet` | Each CSV table below as Parquet, one file per table, with the declared types: text, INT32, DOUBLE, BOOLEAN and DATE. |",
  ];
  for (const name of collectionNames) {
    const what = `All ${dataset[name].length} records of \`${name}\``;
    rows.push(`| \`exports/json/${name}.json\` | ${what}, as one JSON array sorted by id. |`);
    rows.push(`| \`exports/ndjson/${name}.ndjson\` | ${what}, one JSON object a line. |`);
    rows.push(`| \`schemas/${collections[name].schemaFile}\` | The JSON Schema of one \`${collections[name].entity}\` record file. |`);
  }
  for (const table of tables) rows.push(`| \`exports/csv/${table.name}.csv\` | ${cell(table.description)} ${table.rows.length} rows. |`);
  return rows.join("\n");
}

function countBy<T>(items: readonly T[], keys: (item: T) => string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of new Set(keys(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function coverage(dataset: Dataset): string {
  const counted = collectionNames.filter((name) => collections[name].cited);
  const parts: string[] = [];
  parts.push("Records per collection: " + collectionNames.map((name) => `${name} ${dataset[name].length}`).join(", ") + ".");

  const year = (event: Dataset["events"][number]) => dateForOrdering(event.date).slice(0, 4);
  parts.push("", "**Events per year** (an event with an unknown date counts at its latest possible year)", "", "| Year | Events |", "| --- | ---: |");
  for (const [key, n] of countBy(dataset.events, (e) => [year(e)]).sort((a, b) => (a[0] < b[0] ? -1 : 1))) parts.push(`| ${key} | ${n} |`);

  const organizationName = new Map(dataset.organizations.map((o) => [o.id, o.name]));
  parts.push("", "**Events per counterpart** (country code or organization)", "", "| Counterpart | Events |", "| --- | ---: |");
  for (const [key, n] of countBy(dataset.events, (e) => [...(e.counterpartCountries ?? []), ...(e.counterpartOrganizations ?? []).map((id) => organizationName.get(id) ?? id)])) {
    parts.push(`| ${cell(key)} | ${n} |`);
  }

  const personName = new Map(dataset.people.map((p) => [p.id, p.name]));
  const chinese = dataset.participations.filter((p) => p.side === "china" && p.person);
  parts.push("", "**Events per MOST official** (people on the Chinese side)", "", "| Person | Events |", "| --- | ---: |");
  for (const [key, n] of countBy(chinese, (p) => [p.person!])) parts.push(`| ${cell(personName.get(key) ?? key)} | ${n} |`);

  parts.push("", "**Sources by publisher** (the site a page is on)", "", "| Site | Sources |", "| --- | ---: |");
  for (const [key, n] of countBy(dataset.sources, (s) => [new URL(s.url).hostname])) parts.push(`| ${key} | ${n} |`);

  parts.push("", "**Records citing each source**", "", `| Source (id) | Kind | Published | ${counted.filter((n) => n !== "sources").join(" | ")} |`, `| --- | --- | --- | ${counted.filter((n) => n !== "sources").map(() => "---:").join(" | ")} |`);
  // How many records of each collection cite each source, counted in one pass over the records.
  const citing = counted
    .filter((n) => n !== "sources")
    .map((name) => {
      const bySource = new Map<string, number>();
      for (const record of dataset[name] as { citations: { source: string }[] }[]) {
        for (const source of new Set(record.citations.map((c) => c.source))) bySource.set(source, (bySource.get(source) ?? 0) + 1);
      }
      return bySource;
    });
  for (const source of dataset.sources) {
    const counts = citing.map((bySource) => bySource.get(source.id) ?? 0);
    const published = source.published ? `${dateForOrdering(source.published)}${source.published.status === "stated" ? "" : ` (${source.published.status})`}` : "not shown";
    parts.push(`| [\`${source.id}\`](${source.url}) | ${source.kind} | ${published} | ${counts.join(" | ")} |`);
  }

  parts.push("", "**Indicator series** (achieved values and targets apart; the date is the as-of date, the period, or when reported)");
  const datesOf = statisticDates(dataset);
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const statisticsOf = new Map<string, Dataset["statistics"][number][]>();
  for (const s of dataset.statistics) {
    const values = statisticsOf.get(s.indicator);
    if (values) values.push(s);
    else statisticsOf.set(s.indicator, [s]);
  }
  for (const indicator of dataset.indicators) {
    const values = statisticsOf.get(indicator.id) ?? [];
    if (values.length === 0) continue;
    const dated = values.map((s) => {
      const { reported, reference } = datesOf(s);
      return { s, at: reference ? dateForOrdering(reference.date) : "", reported: reported ? dateForOrdering(reported) : "" };
    });
    dated.sort((a, b) => (a.s.kind < b.s.kind ? -1 : a.s.kind > b.s.kind ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    parts.push("", `*${cell(indicator.name)}* (\`${indicator.id}\`, ${cell(indicator.unit)})`, "", "| Kind | Date | Value | Scope | Reported | Source |", "| --- | --- | --- | --- | --- | --- |");
    for (const { s, at, reported } of dated) {
      const comparator = s.comparator === "exact" ? "" : `${s.comparator} `;
      const value = `${comparator}${s.value}${s.valueHigh !== undefined ? `–${s.valueHigh}` : ""}${s.scale ? ` ${s.scale}` : ""}${s.currency ? ` ${s.currency}` : ""}`;
      const source = sourceById.get(s.citations[0]!.source)!;
      parts.push(`| ${s.kind} | ${at} | ${value} | ${s.scope} | ${reported} | [${source.id}](${source.url}) |`);
    }
  }
  return parts.join("\n");
}

function columns(tables: readonly Table[]): string {
  return tables
    .map((table) => {
      const keys = table.foreignKeys.map((key) => `\`${key.fields[0]}\` → \`${key.reference.resource}.csv\``).join(", ");
      const rows = table.fields.map((field) => {
        const allowed = field.constraints?.enum;
        const notes = [
          field.constraints?.required ? "required" : "",
          field.valueSet ? `a ${field.valueSet} code` : "",
          allowed && !field.valueSet
            ? `one of ${allowed.map((v) => (field.values?.[String(v)] && field.values[String(v)] !== field.description ? `\`${v}\` (${field.values[String(v)]})` : `\`${v}\``)).join(", ")}`
            : "",
        ].filter(Boolean);
        return `| \`${field.name}\` | ${field.type} | ${cell(field.description)}${notes.length > 0 ? ` (${cell(notes.join("; "))})` : ""} |`;
      });
      return [
        `#### \`${table.name}.csv\``,
        "",
        `${cell(table.description)} Key: ${table.primaryKey.map((k) => `\`${k}\``).join(" + ")}.${keys ? ` Links: ${keys}.` : ""}`,
        "",
        "| Column | Type | Meaning |",
        "| --- | --- | --- |",
        ...rows,
      ].join("\n");
    })
    .join("\n\n");
}

function rules(): string {
  const rows = ["| Rule | What it checks |", "| --- | --- |"];
  const add = (id: string, description: string) => rows.push(`| \`${id}\` | ${cell(description)} |`);
  for (const [id, description] of Object.entries(loaderProblems)) add(id, description);
  for (const rule of [...fileRules].sort((a, b) => a.stage - b.stage)) add(rule.id, rule.description);
  for (const [id, description] of Object.entries(schemaProblems)) add(id, description);
  for (const rule of datasetRules) add(rule.id, rule.description);
  return rows.join("\n");
}

/** README text with each generated section replaced; throws if a marker is missing. */
export function withSections(readme: string, sections: Record<string, string>): string {
  let text = readme;
  for (const [name, body] of Object.entries(sections)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from === -1 || to < from) throw new Error(`README.md has no ${start} ... ${end} markers`);
    text = `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
  }
  return text;
}
