import { describe, expect, it } from 'vitest'
import { median, medianOf, percentile } from '../../../bench/lib/stats'

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(Number.isNaN(median([]))).toBe(true)
  })

  it('interpolates percentiles between ranks', () => {
    const values = Array.from({ length: 101 }, (_, i) => 100 - i)
    expect(percentile(values, 95)).toBe(95)
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5)
    expect(percentile([7], 95)).toBe(7)
  })

  it('takes the median of one field over several runs', () => {
    expect(medianOf([{ ms: 30 }, { ms: 10 }, { ms: 20 }], (r) => r.ms)).toBe(20)
  })
})
