import { citations, facts, recordLink, sourcesSection } from "../components.js";
import { chartSvg, comparatorMarks, markLegend, type ChartPoint, type MarkKind } from "../chart.js";
import { formatDate, knownDate, scaled, valueText, words } from "../format.js";
import { html, raw, type Html } from "../html.js";
import { linker, type Linker, type Page } from "../layout.js";
import { routes, type SiteModel, type Statistic } from "../model.js";
import { dateForOrdering } from "../../lib/dates.js";
import type { RecordOf } from "../../lib/collections.js";

type Indicator = RecordOf<"indicators">;

/** The series of an indicator: one per kind (achieved or target), scope and currency, achieved first. */
export function seriesGroups(model: SiteModel, indicatorId: string) {
  const keys = new Map<string, { kind: Statistic["kind"]; scope: Statistic["scope"]; currency: string }>();
  for (const s of model.statisticsOfIndicator.get(indicatorId) ?? []) {
    const currency = s.currency ?? "";
    keys.set(`${s.kind === "achieved" ? 0 : 1}|${s.scope}|${currency}`, { kind: s.kind, scope: s.scope, currency });
  }
  return [...keys]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, options]) => ({ ...options, statistics: model.seriesOf(indicatorId, options) }));
}

/** Where a value is drawn: a target at its horizon, any other value at the date it stands at. */
export function pointDate(model: SiteModel, s: Statistic): string | undefined {
  return s.kind === "target" && s.horizon ? dateForOrdering(s.horizon) : model.statisticDate(s);
}

/** When a value was reported, with how we know: its event's date, else its first source's publication date. */
function reportedDate(model: SiteModel, s: Statistic): Html | undefined {
  const event = s.reportedAt ? model.event.get(s.reportedAt) : undefined;
  const published = model.source.get(s.citations[0]!.source)?.published;
  const date = event?.date ?? published;
  return date && knownDate(date);
}

function standsAt(model: SiteModel, s: Statistic): Html {
  if (s.kind === "target") return s.horizon ? html`due by ${knownDate(s.horizon)}` : html`<span class="unknown">no date given</span>`;
  if (s.reference.kind === "period") return html`for <time datetime="${s.reference.period}">${formatDate(s.reference.period)}</time>`;
  if (s.reference.asOf) return html`as of ${knownDate(s.reference.asOf)}`;
  const date = reportedDate(model, s);
  return date ? html`when reported: ${date}` : html`<span class="unknown">date unknown</span>`;
}

function reported(model: SiteModel, s: Statistic, to: Linker): Html {
  return html`${reportedDate(model, s)}${s.reportedAt ? html` at ${recordLink(model, "events", s.reportedAt, to)}` : ""}${
    s.reportedBy ? html` by ${recordLink(model, "people", s.reportedBy, to)}` : s.reportedByOrganization ? html` by ${recordLink(model, "organizations", s.reportedByOrganization, to)}` : ""
  }`;
}

const legendSymbols: Record<MarkKind, string> = {
  exact: `<circle cx="8" cy="8" r="5" fill="currentColor" stroke="currentColor"/>`,
  approximate: `<circle cx="8" cy="8" r="5" fill="white" stroke="currentColor" stroke-width="2"/>`,
  "lower-bound": `<path d="M8 2 L14 13 L2 13 Z" fill="white" stroke="currentColor" stroke-width="2"/>`,
  "upper-bound": `<path d="M8 14 L14 3 L2 3 Z" fill="white" stroke="currentColor" stroke-width="2"/>`,
  range: `<rect x="5" y="1" width="6" height="14" fill="currentColor"/>`,
};

function legend(kinds: ReadonlySet<MarkKind>): Html {
  return html`<ul class="legend">${[...kinds].map(
    (kind) => html`<li><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${raw(legendSymbols[kind])}</svg> ${markLegend[kind]}</li>`,
  )}</ul>`;
}

function seriesSection(model: SiteModel, indicator: Indicator, group: ReturnType<typeof seriesGroups>[number], index: number, to: Linker): Html {
  const heading = [group.kind === "target" ? "Targets" : "Achieved", words(group.scope), group.currency].filter(Boolean).join(" · ");
  const unit = `${indicator.unit}${group.currency ? ` (${group.currency})` : ""}`;
  const points: ChartPoint[] = [];
  for (const s of group.statistics) {
    const date = pointDate(model, s);
    if (date === undefined) continue;
    points.push({
      id: s.id,
      date,
      value: scaled(s.value, s),
      ...(s.valueHigh !== undefined ? { valueHigh: scaled(s.valueHigh, s) } : {}),
      comparator: s.comparator,
      label: `${valueText(s, indicator.unit)}, ${s.kind === "target" ? "due by" : "at"} ${formatDate(date)}`,
    });
  }
  const undated = group.statistics.length - points.length;
  const id = `series-${index + 1}`;
  const chartLabel = `${indicator.name}, ${heading.toLowerCase()}: ${points.length} ${points.length === 1 ? "value" : "values"} over time, in ${unit}`;
  return html`<section class="series" aria-labelledby="${id}" data-kind="${group.kind}" data-scope="${group.scope}" data-currency="${group.currency}">
<h2 id="${id}">${heading}</h2>
${points.length > 0 ? html`<figure>
${raw(chartSvg(points, { label: chartLabel, unit }))}
<figcaption>${group.kind === "target" ? "Targets, each drawn at the date it is due; never joined to achieved values. " : ""}A year or month is drawn at its middle. ${legend(new Set(points.map((p) => comparatorMarks[p.comparator])))}</figcaption>
</figure>` : ""}
${undated > 0 ? html`<p>${undated} ${undated === 1 ? "value has" : "values have"} no date to draw at: see the table.</p>` : ""}
<table class="series-table">
<caption>${heading}: every value with its source</caption>
<thead><tr><th scope="col">Stands at</th><th scope="col">Value</th><th scope="col">Reported</th><th scope="col">Source</th></tr></thead>
<tbody>${group.statistics.map(
  (s) => html`<tr id="${s.id}" data-statistic="${s.id}"><td>${standsAt(model, s)}</td><td>${valueText(s, indicator.unit)}${s.scopeNote ? html`<br><span class="how">${s.scopeNote}</span>` : ""}${
    s.termInSource ? html`<br><span class="how">the source counts “${s.termInSource}”</span>` : ""
  }</td><td>${reported(model, s, to)}</td><td>${citations(model, s.citations, to)}</td></tr>`,
)}</tbody></table>
</section>`;
}

/** An indicator: its definition, then each series as a chart with the table beneath and the source of every value. */
export function indicatorPage(model: SiteModel, indicator: Indicator): Page {
  const path = routes.record("indicators", indicator.id);
  const to = linker(path);
  const groups = seriesGroups(model, indicator.id);
  const body = html`<p class="summary">${indicator.definition}</p>
${facts([["Unit", indicator.unit]])}
${groups.length === 0 ? html`<p>No values in the records yet.</p>` : groups.map((group, i) => seriesSection(model, indicator, group, i, to))}
${sourcesSection(model, indicator.citations, to)}`;
  return { path, title: indicator.name, body };
}
