import { describe, expect, it } from 'vitest'
import { AdaptiveRate, DEFAULT_ADAPTIVE_PACE, type AdaptivePaceConfig } from '../../../src/core/upload/adaptive-rate'
import { runJob } from '../../../src/core/upload/job-runner'
import { windowForRate } from '../../../src/core/upload/pacing'
import { simulatePace, type SimulationSetup } from './support/pace-simulation'
import { FakeService, fakeAdapter, makeItems } from './support/fake-service'
import { FAST_RETRY, stateDir, testJournal } from './support/test-job'

const config: AdaptivePaceConfig = DEFAULT_ADAPTIVE_PACE

/** Feeds `rps` clean answers per second for `seconds` from `from`, each after `roundTripMs`; returns the end time. */
function cleanAnswers(rate: AdaptiveRate, from: number, seconds: number, rps = rate.rps, roundTripMs = 60): number {
  let t = from
  for (let i = 0; i < seconds * rps; i++) {
    t += 1000 / rps
    rate.onAnswer(t - roundTripMs, t)
  }
  return t
}

function seeded(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
}

/** Figure 2's world: requests reach the service 50–100 ms after they start (the emulator's latency is before it counts), answers come straight back. */
const figureTwo = (limitAt: (t: number) => number, seed: number): SimulationSetup => ({ limitAt, concurrency: 4, requests: 1000, upMs: [50, 100], downMs: [0, 2], random: seeded(seed) })

describe('AdaptiveRate', () => {
  it('grows by a quarter each clean second before the first refusal, only while the pace is actually used', () => {
    const rate = new AdaptiveRate(config, 0)
    cleanAnswers(rate, 0, 1.1)
    expect(rate.rps).toBeCloseTo(6.25)
    const idle = new AdaptiveRate(config, 0)
    cleanAnswers(idle, 0, 5, 2) // 2 answers a second while allowed 5
    expect(idle.rps).toBe(5)
  })

  it('measures the limit at a refusal from the answers of the second before it, and settles under it by the spread of round trips', () => {
    const rate = new AdaptiveRate({ ...config, initialRps: 10 }, 0)
    // Answers 100 ms apart, round trips 60–100 ms (a 40 ms spread), then a refusal: the service let 10 through in its second.
    let t = 0
    for (let i = 0; i < 30; i++) {
      t += 100
      rate.onAnswer(t - 60 - (i % 5) * 10, t)
    }
    expect(rate.onRefused(t - 50, t + 1)).toBeCloseTo((10 * 1000) / (1000 + 40 + 5), 1)
    expect(rate.measuredLimit).toBe(10)
    // Requests sent before that decrease were already too fast: no second measurement for them.
    expect(rate.onRefused(t - 20, t + 5)).toBeUndefined()
  })

  it('probes above the measured limit only after a clean wait, growing step by step, and waits twice as long after a refused probe', () => {
    const rate = new AdaptiveRate({ ...config, initialRps: 8 }, 0)
    let t = cleanAnswers(rate, 0, 1.5, 8)
    rate.onRefused(t, t)
    const settled = rate.rps
    expect(settled).toBeLessThan(8)
    t = cleanAnswers(rate, t, 5)
    expect(rate.rps).toBeCloseTo(settled, 1) // inside the 6 s wait: no probe
    t = cleanAnswers(rate, t, 2.5)
    expect(rate.rps).toBeGreaterThan(8) // probing above the limit of 8
    const firstProbe = rate.rps
    t = cleanAnswers(rate, t, 1.1)
    expect(rate.rps / firstProbe).toBeGreaterThan(1.05) // the step doubled
    rate.onRefused(t, t) // the probe found the limit: settle under it again, and wait 12 s before the next probe
    const limit = rate.measuredLimit ?? 0
    const resettled = rate.rps
    expect(resettled).toBeLessThan(limit)
    t = cleanAnswers(rate, t, 10)
    expect(rate.rps).toBeCloseTo(resettled, 5)
    cleanAnswers(rate, t, 3.5)
    expect(rate.rps).toBeGreaterThan(limit)
  })

  it('stays within its bounds', () => {
    const rate = new AdaptiveRate({ ...config, minRps: 1, maxRps: 6 }, 0)
    cleanAnswers(rate, 0, 10)
    expect(rate.rps).toBe(6)
    for (let i = 0; i < 20; i++) rate.onRefused(1_000_000 + i * 10, 1_000_000 + i * 10 + 1)
    expect(rate.rps).toBe(1)
  })

  it('against a hidden 8/s sliding limit with 50 ms of arrival jitter it reaches about 90 percent of it over a 1,000-request job, ≤ 2 percent refused (simulated, 5 seeds)', () => {
    const results = [1, 2, 3, 4, 5].map((seed) => simulatePace(config, figureTwo(() => 8, seed)))
    for (const result of results) {
      expect(result.ofLimit).toBeGreaterThanOrEqual(0.85)
      expect(result.ofLimit).toBeLessThanOrEqual(1)
      expect(result.refusedFraction).toBeLessThanOrEqual(0.02)
    }
    expect(results.map((r) => r.ofLimit).sort()[2]).toBeGreaterThanOrEqual(0.9)
  })

  it.each([1, 2])('follows a limit that changes mid-job, 8/s then 4/s then 10/s, to ≥ 0.8 of it with ≤ 2 percent refused (simulated, seed %i)', (seed) => {
    const result = simulatePace(config, figureTwo((t) => (t < 40_000 ? 8 : t < 80_000 ? 4 : 10), seed))
    expect(result.ofLimit).toBeGreaterThanOrEqual(0.8)
    expect(result.refusedFraction).toBeLessThanOrEqual(0.02)
    expect(result.finalRps).toBeGreaterThan(8.5) // it found the higher limit
  })

  it.each([3, 15])('also converges for a hidden limit of %i/s (≥ 0.8 of it)', (limit) => {
    const result = simulatePace(config, { ...figureTwo(() => limit, 7), concurrency: 8, requests: limit * 120 })
    expect(result.ofLimit).toBeGreaterThanOrEqual(0.8)
    expect(result.ofLimit).toBeLessThanOrEqual(1)
    expect(result.refusedFraction).toBeLessThanOrEqual(0.02)
  })

  it('is wired to the live pacer: a job that starts too fast is slowed down by refusals and still lands every row once', async () => {
    const dir = await stateDir()
    const items = makeItems(60)
    const journal = await testJournal(dir, 'aimd', items)
    // Hidden limit 20/s; the job starts at 40/s.
    const service = new FakeService({ limit: { limit: 20, windowMs: 1000, retryAfterMs: 100 }, latencyMs: 5 })
    const adaptive = { ...DEFAULT_ADAPTIVE_PACE, initialRps: 40, maxRps: 60 }
    const summary = await runJob({
      jobId: 'aimd',
      items,
      adapter: fakeAdapter(service, { mode: 'create', reconcile: true }),
      journal,
      pacing: { ...windowForRate(40), concurrency: 4, adaptive },
      retry: FAST_RETRY
    }).done
    expect(summary.counts.accepted).toBe(60)
    expect(service.duplicates()).toEqual([])
    const refused = service.log.filter((r) => r.answer === '429-limiter')
    expect(refused.length).toBeGreaterThan(0)
    // After the first refusals the pace dropped: the last 20 requests were all accepted.
    expect(service.log.slice(-20).filter((r) => r.answer === '429-limiter')).toEqual([])
  })
})
