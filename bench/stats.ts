// The statistics of repeated measurements: what a row prints (the median) and how much to trust it (the spread).

/** The value at fraction `p` (0 to 1) of the sorted values, interpolating between neighbours. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("no values");
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * p;
  const below = sorted[Math.floor(at)]!;
  const above = sorted[Math.ceil(at)]!;
  return below + (above - below) * (at - Math.floor(at));
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/**
 * The noise of a series of repetitions: its interquartile range over its median, (p75 − p25) / median.
 * A single slow repetition does not move it much; with three repetitions it is half their range.
 */
export function spread(values: readonly number[]): number {
  return (quantile(values, 0.75) - quantile(values, 0.25)) / median(values);
}

/** The noise of a ratio of two medians, each with its own relative noise: independent errors add in quadrature. */
export function ratioNoise(numerator: number, denominator: number): number {
  return Math.hypot(numerator, denominator);
}
