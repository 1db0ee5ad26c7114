import { describe, expect, it } from 'vitest'
import { ARRIVAL_SLACK_MS, OMNICOMMERCE_PACING, pacingFor, rateOf, windowForRate } from '../../../src/core/upload/pacing'

describe('pacing per service', () => {
  it('OMNICOMMERCE: 5 per second with a safety margin, enough in flight for slow answers', () => {
    const p = pacingFor('omnicommerce')
    expect(p).toMatchObject({ intervalCap: 5, concurrency: 8 })
    expect(p.intervalMs).toBeGreaterThan(1000)
    expect(p.intervalMs).toBeLessThanOrEqual(1100)
    expect(p.adaptive).toBeUndefined()
  })

  it('NCLUE: 1 per second with a margin', () => {
    expect(pacingFor('nclue')).toMatchObject({ intervalCap: 1, intervalMs: 1000 + ARRIVAL_SLACK_MS })
  })

  it('OCC: starts at 5 per second, at most 4 in flight, adaptive by default; configurable', () => {
    const occ = pacingFor('occ')
    expect(rateOf(occ)).toBe(5)
    expect(occ.concurrency).toBe(4)
    expect(occ.adaptive?.initialRps).toBe(5)
    const fixed = pacingFor('occ', { requestsPerSecond: 2, concurrency: 2, adaptive: false })
    expect(fixed).toEqual({ intervalCap: 1, intervalMs: 500, concurrency: 2 })
    expect(pacingFor('occ', { adaptive: { maxRps: 10 } }).adaptive?.maxRps).toBe(10)
  })

  it('documented windows allow only a few milliseconds beyond the second: lateness is measured, not allowed for', () => {
    expect(OMNICOMMERCE_PACING.intervalMs).toBe(1000 + ARRIVAL_SLACK_MS)
    expect(ARRIVAL_SLACK_MS).toBeLessThanOrEqual(10)
  })

  it('a fractional pace becomes a smooth 1-per-interval window, rounded toward slower', () => {
    expect(windowForRate(8)).toEqual({ intervalCap: 1, intervalMs: 125 })
    expect(windowForRate(6.6).intervalMs).toBe(152)
    expect(rateOf(windowForRate(7.3))).toBeLessThanOrEqual(7.3)
  })
})
