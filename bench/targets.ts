// The targets of `npm run bench` (issue 16) and the rule that judges them. Pure: the bench measures,
// this module decides, and tests/bench.test.ts checks the decision without timing anything.

/**
 * What a figure measures: a time against the parse floor at the same size, or against `node -e 0`;
 * a time against the same row's at the next smaller size; memory; or a time.
 */
export type Measure = "× floor" | "× node -e 0" | "growth" | "peak RSS MiB" | "ms";

export interface Target {
  /** The row the target is for, by key (bench/run.ts gives each row a key and a label). */
  row: string;
  measure: Measure;
  /** The most the figure may be. */
  limit: number;
  /** The dataset size it applies at; a target without one applies in every run (it does not depend on the size). */
  records?: number;
}

/** The size the data targets apply at: only a full run reaches it. */
export const fullSize = 100_000;

export const targets: readonly Target[] = [
  { row: "validate", measure: "× floor", limit: 1.15, records: fullSize },
  { row: "cli", measure: "× floor", limit: 1.4, records: fullSize },
  { row: "build", measure: "× floor", limit: 3, records: fullSize },
  { row: "changed", measure: "× floor", limit: 0.15, records: fullSize },
  { row: "validate", measure: "growth", limit: 11, records: fullSize },
  { row: "cli", measure: "growth", limit: 11, records: fullSize },
  { row: "build", measure: "growth", limit: 11, records: fullSize },
  { row: "validate", measure: "peak RSS MiB", limit: 400, records: fullSize },
  { row: "cli", measure: "peak RSS MiB", limit: 400, records: fullSize },
  { row: "build", measure: "peak RSS MiB", limit: 600, records: fullSize },
  // The CLI's start-up (validating one record) does not depend on the size: judged in every run.
  { row: "start-up", measure: "ms", limit: 100 },
  { row: "start-up", measure: "× node -e 0", limit: 1.7 },
];

/** One figure measured in this run, with its noise (relative: 0.05 is 5 %). */
export interface Figure {
  row: string;
  measure: Measure;
  /** The dataset size it was measured at (for growth, the larger one); none for the start-up rows. */
  records?: number;
  value: number;
  noise: number;
}

/** "noise": over the limit, but by no more than the run's own noise, so not a miss. */
export type Verdict = "met" | "noise" | "missed";

export function verdict(value: number, noise: number, limit: number): Verdict {
  if (value <= limit) return "met";
  return value <= limit * (1 + noise) ? "noise" : "missed";
}

export interface Judgement {
  target: Target;
  figure: Figure;
  verdict: Verdict;
  /** false for a preview: a quick run shows the data targets at its largest size, which is not the size they are for. */
  judged: boolean;
}

/**
 * The judgement of a figure against its target, if it is shown against one: at the target's size,
 * or, in a run that stops short of that size, at the largest size reached, as a preview.
 */
export function judge(figure: Figure, largestSize: number, registry: readonly Target[] = targets): Judgement | undefined {
  const target = registry.find((t) => t.row === figure.row && t.measure === figure.measure);
  if (!target) return undefined;
  const judged = target.records === undefined || figure.records === target.records;
  const preview = target.records !== undefined && largestSize < target.records && figure.records === largestSize;
  if (!judged && !preview) return undefined;
  return { target, figure, verdict: verdict(figure.value, figure.noise, target.limit), judged };
}

/** The outcome of a run: the targets missed, and those it could not judge (a size not reached, a row not available). */
export function outcome(figures: readonly Figure[], largestSize: number, registry: readonly Target[] = targets) {
  const judgements = figures.flatMap((figure) => judge(figure, largestSize, registry) ?? []).filter((j) => j.judged);
  return {
    missed: judgements.filter((j) => j.verdict === "missed"),
    unjudged: registry.filter((target) => !judgements.some((j) => j.target === target)),
  };
}
