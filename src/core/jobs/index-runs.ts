/** A stretch of consecutive row indexes, first and last included. */
export type IndexRun = readonly [first: number, last: number]

/**
 * Row indexes as runs of consecutive ones ([0, 1, 2, 5] → [[0, 2], [5, 5]]),
 * so a job's scope, usually every row or a few stretches of them, is a few
 * numbers in its snapshot rather than a million.
 */
export function indexRuns(indexes: readonly number[]): IndexRun[] {
  const runs: [number, number][] = []
  for (const index of indexes) {
    const last = runs[runs.length - 1]
    if (last !== undefined && index === last[1] + 1) last[1] = index
    else runs.push([index, index])
  }
  return runs
}

/** The row indexes of runs, in order; null when a run is backwards or reaches `limit` (a damaged file). */
export function runIndexes(runs: readonly IndexRun[], limit: number): number[] | null {
  const indexes: number[] = []
  for (const [first, last] of runs) {
    if (first > last || last >= limit) return null
    for (let index = first; index <= last; index++) indexes.push(index)
  }
  return indexes
}
