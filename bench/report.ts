// The bench's output: the measured rows as figures, each beside its target, in markdown tables,
// then the targets missed. Returns the exit status.
import { median, ratioNoise, spread } from "./stats.js";
import { judge, outcome, type Figure, type Measure, type Target } from "./targets.js";

/** One measured row: the wall times of its repetitions and, where measured, their peak RSS in bytes. */
export interface Row {
  key: string;
  label: string;
  /** The dataset size asked for; none for the start-up rows. */
  size: number | undefined;
  /** The records actually written (the copies of data/ round the size). */
  records: number;
  ms: number[];
  rss: number[];
  unavailable?: string;
}

/** The row every time is divided by: the parse floor at the same size, `node -e 0` for the start-up rows. */
const floorKey = (row: Row) => (row.size === undefined ? "node" : "floor");

function timeFigure(row: Row, floor: Row): Figure {
  const value = median(row.ms) / median(floor.ms);
  const noise = row === floor ? spread(row.ms) : ratioNoise(spread(row.ms), spread(floor.ms));
  return figureOf(row, row.size === undefined ? "× node -e 0" : "× floor", value, noise);
}

function figureOf(row: Row, measure: Measure, value: number, noise: number): Figure {
  return { row: row.key, measure, ...(row.size ? { records: row.size } : {}), value, noise };
}

const format = {
  "× floor": (value: number) => value.toFixed(2),
  "× node -e 0": (value: number) => value.toFixed(2),
  growth: (value: number) => value.toFixed(1),
  "peak RSS MiB": (value: number) => value.toFixed(0),
  ms: (value: number) => value.toFixed(0),
} satisfies Record<Measure, (value: number) => string>;

const verdictText = { met: "yes", noise: "within noise", missed: "MISSED" };

/** A figure's noise, target and verdict cells; a preview (not judged) verdict is in parentheses. */
function judgedCells(figure: Figure, largestSize: number): string[] {
  const noise = `${(figure.noise * 100).toFixed(1)}%`;
  const judgement = judge(figure, largestSize);
  if (!judgement) return [noise, "", ""];
  const text = verdictText[judgement.verdict];
  return [noise, `≤ ${judgement.target.limit}`, judgement.judged ? text : `(${text})`];
}

function markdownTable(header: string[], rightAligned: boolean[], body: string[][]): string[] {
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(" | ")} |`;
  const rule = `| ${widths.map((width, i) => (rightAligned[i] ? `${"-".repeat(width - 1)}:` : "-".repeat(width))).join(" | ")} |`;
  return [line(header), rule, ...body.map(line)];
}

const mib = (bytes: number[]) => bytes.map((value) => value / 2 ** 20);
const floorOf = (row: Row, rows: Row[]) => rows.find((other) => other.key === floorKey(row) && other.size === row.size)!;

/** A table's lines, and the figures in it for the outcome. */
interface Table {
  lines: string[];
  figures: Figure[];
}

function timeTable(rows: Row[], largestSize: number): Table {
  const figures: Figure[] = [];
  const body = rows.map((row) => {
    const start = [String(row.records), row.label];
    if (row.unavailable) return [...start, "", "", "", "", "", "not available"];
    const figure = timeFigure(row, floorOf(row, rows));
    figures.push(figure);
    const perSecond = Math.round((row.records / median(row.ms)) * 1000);
    return [...start, median(row.ms).toFixed(0), String(perSecond), format["× floor"](figure.value), ...judgedCells(figure, largestSize)];
  });
  const lines = markdownTable(["records", "task", "median ms", "records/s", "× floor", "noise", "target", "met"], [false, false, true, true, true, true, false, false], body);
  return { lines, figures };
}

function rssTable(rows: Row[], largestSize: number): Table {
  const measured = rows.filter((row) => row.rss.length > 0);
  const figures = measured.map((row) => figureOf(row, "peak RSS MiB", median(mib(row.rss)), spread(row.rss)));
  const body = measured.map((row, i) => [String(row.records), row.label, format["peak RSS MiB"](figures[i]!.value), ...judgedCells(figures[i]!, largestSize)]);
  return { lines: markdownTable(["records", "task", "peak RSS MiB", "noise", "target", "met"], [false, false, true, true, false, false], body), figures };
}

function growthTable(rows: Row[], larger: number, smaller: number): Table {
  const pairs = rows
    .filter((row) => row.size === larger && !row.unavailable)
    .flatMap((big) => rows.filter((small) => small.key === big.key && small.size === smaller).map((small) => [big, small] as const));
  const figures = pairs.map(([big, small]) => figureOf(big, "growth", median(big.ms) / median(small.ms), ratioNoise(spread(big.ms), spread(small.ms))));
  const body = pairs.map(([big], i) => [big.label, format.growth(figures[i]!.value), ...judgedCells(figures[i]!, larger)]);
  return { lines: markdownTable(["task", "growth", "noise", "target", "met"], [false, true, true, false, false], body), figures };
}

function startUpTable(rows: Row[], largestSize: number): Table {
  const figures: Figure[] = [];
  const body = rows.map((row) => {
    const ms = figureOf(row, "ms", median(row.ms), spread(row.ms));
    const ratio = timeFigure(row, floorOf(row, rows));
    figures.push(ms, ratio);
    return [row.label, format.ms(ms.value), ...judgedCells(ms, largestSize), format["× node -e 0"](ratio.value), ...judgedCells(ratio, largestSize)];
  });
  const lines = markdownTable(["task", "median ms", "noise", "target", "met", "× node -e 0", "noise", "target", "met"], [false, true, true, false, false, true, true, false, false], body);
  return { lines, figures };
}

function describeTarget(target: Target, rows: Row[]): string {
  const label = rows.find((row) => row.key === target.row)?.label.trim() ?? target.row;
  const at = target.records ? ` at ${target.records.toLocaleString("en")} records` : "";
  return `${label}, ${target.measure}${at} ≤ ${target.limit}`;
}

function whyUnjudged(target: Target, rows: Row[], largestSize: number): string {
  if (target.records !== undefined && target.records > largestSize) return `this run stops at ${largestSize.toLocaleString("en")} records`;
  return rows.find((row) => row.key === target.row && row.unavailable)?.unavailable ?? "not measured";
}

export function printReport(rows: Row[], options: { largestSize: number; heading: string }): number {
  const { largestSize } = options;
  const data = rows.filter((row) => row.size !== undefined);
  const smaller = [...new Set(data.map((row) => row.size!))].at(-2)!;
  const sections: [string, Table][] = [
    ["CLI start-up, one record (the two commands alternating):", startUpTable(rows.filter((row) => row.size === undefined), largestSize)],
    ["Time, against the floor at the same size:", timeTable(data, largestSize)],
    ["Peak RSS, each repetition a process of its own:", rssTable(data, largestSize)],
    [`Growth, ${largestSize.toLocaleString("en")} / ${smaller.toLocaleString("en")} records (linear = ${largestSize / smaller}):`, growthTable(data, largestSize, smaller)],
  ];
  const { missed, unjudged } = outcome(sections.flatMap(([, table]) => table.figures), largestSize);
  const why = (target: Target) => whyUnjudged(target, rows, largestSize);
  const describe = (target: Target) => describeTarget(target, rows);
  const lines = [
    options.heading,
    "noise: (p75 − p25) / median of the repetitions, for a ratio combined with its floor's. A figure over its target",
    "by no more than its noise is met within noise, not missed. A verdict in parentheses is a preview, not judged.",
    ...sections.flatMap(([title, table]) => ["", title, "", ...table.lines]),
    "",
    missed.length === 0 ? "No target missed." : `Missed (${missed.length}):`,
    ...missed.map(({ target, figure }) => `- ${describe(target)}: ${format[target.measure](figure.value)}, noise ${(figure.noise * 100).toFixed(1)}%`),
    ...(unjudged.length > 0 ? ["", `Not judged (${unjudged.length}):`] : []),
    ...[...new Set(unjudged.map(why))].flatMap((reason) => [`- ${reason}:`, ...unjudged.filter((target) => why(target) === reason).map((target) => `  - ${describe(target)}`)]),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  return missed.length > 0 ? 1 : 0;
}
