import { describe, expect, it } from 'vitest'
import { readConfig } from '../../../bench/lib/config'

describe('bench configuration', () => {
  it('runs every figure, the long ones fewer times, when nothing is set', () => {
    const config = readConfig({})
    expect(config.figures).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(config.runs(3)).toBeLessThan(config.runs(4))
    expect(config.outputPath).toBe('BENCHMARKS.md')
  })

  it('takes a figure list and run counts, one figure’s count winning over all', () => {
    const config = readConfig({ BENCH_FIGURES: '4, 1', BENCH_RUNS: '2', BENCH_RUNS_4: '5', BENCH_OUT: '/tmp/b.md' })
    expect(config.figures).toEqual([4, 1])
    expect(config.runs(1)).toBe(2)
    expect(config.runs(4)).toBe(5)
    expect(config.outputPath).toBe('/tmp/b.md')
  })

  it('runs one figure alone', () => {
    expect(readConfig({ BENCH_FIGURES: '7' }).figures).toEqual([7])
  })

  it('runs the deterministic matching figure once, whatever the run counts say', () => {
    const config = readConfig({ BENCH_RUNS: '3', BENCH_RUNS_8: '5' })
    expect(config.runs(8)).toBe(1)
    expect(config.runs(7)).toBe(3)
  })

  it('refuses a figure that does not exist and a run count that is not a whole number', () => {
    expect(() => readConfig({ BENCH_FIGURES: '11' })).toThrow(/no figure "11"/)
    expect(() => readConfig({ BENCH_RUNS: '0' })).toThrow(/at least 1/)
    expect(() => readConfig({ BENCH_RUNS_2: '1.5' })).toThrow(/whole number/)
  })
})
