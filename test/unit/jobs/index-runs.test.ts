import { describe, expect, it } from 'vitest'
import { indexRuns, runIndexes } from '../../../src/core/jobs/index-runs'

describe('row indexes as runs', () => {
  it('keeps every row of a large scope as one run, and gives the same indexes back', () => {
    const all = Array.from({ length: 100_000 }, (_, i) => i)
    expect(indexRuns(all)).toEqual([[0, 99_999]])
    expect(runIndexes(indexRuns(all), all.length)).toEqual(all)
  })

  it('keeps a resend’s scattered rows in order, and any order given', () => {
    expect(indexRuns([0, 1, 2, 5, 7, 8])).toEqual([[0, 2], [5, 5], [7, 8]])
    expect(runIndexes([[0, 2], [5, 5], [7, 8]], 9)).toEqual([0, 1, 2, 5, 7, 8])
    expect(runIndexes(indexRuns([9, 3, 4, 3]), 10)).toEqual([9, 3, 4, 3])
    expect(indexRuns([])).toEqual([])
  })

  it('refuses runs a job could not have: backwards, or past the rows of its table', () => {
    expect(runIndexes([[3, 2]], 10)).toBeNull()
    expect(runIndexes([[0, 10]], 10)).toBeNull()
    expect(runIndexes([[0, 1e12]], 10)).toBeNull()
  })
})
