/** The middle value (mean of the two middle ones for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

/**
 * The p-th percentile by linear interpolation between closest ranks (the
 * same rule as numpy's default), so medians of even counts are the usual mean
 * of the two middle values. NaN for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  const lowValue = sorted[low] ?? Number.NaN
  const highValue = sorted[high] ?? Number.NaN
  return lowValue + (highValue - lowValue) * (rank - low)
}

/** Median of one numeric field over several runs' results. */
export function medianOf<T>(runs: readonly T[], pick: (run: T) => number): number {
  return median(runs.map(pick))
}
