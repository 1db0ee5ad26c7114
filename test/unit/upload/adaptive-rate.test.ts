import { describe, expect, it } from 'vitest'
import { AdaptiveRate, DEFAULT_AIMD, type AimdConfig } from '../../../src/core/upload/adaptive-rate'
import { runJob } from '../../../src/core/upload/job-runner'
import { windowForRate } from '../../../src/core/upload/pacing'
import { simulateAimd } from './support/aimd-simulation'
import { FakeService, fakeAdapter, makeItems } from './support/fake-service'
import { FAST_RETRY, stateDir, testJournal } from './support/test-job'

const config: AimdConfig = { ...DEFAULT_AIMD, initialRps: 5, increaseEveryMs: 1000 }

/** Feeds `rps` clean answers per second for `seconds`, starting at `from`; returns the end time. */
function cleanAnswers(rate: AdaptiveRate, from: number, seconds: number, rps = rate.rps): number {
  let t = from
  for (let i = 0; i < seconds * rps; i++) {
    t += 1000 / rps
    rate.onAnswer(t)
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

describe('AdaptiveRate (AIMD)', () => {
  it('probes upward while answers come back clean and the pace is actually used', () => {
    const rate = new AdaptiveRate(config, 0)
    cleanAnswers(rate, 0, 3)
    expect(rate.rps).toBeGreaterThan(5)
  })

  it('does not probe upward when the pace is not used (idle, paused, or limited by slow answers)', () => {
    const rate = new AdaptiveRate(config, 0)
    cleanAnswers(rate, 0, 5, 2) // 2 answers per second while allowed 5
    expect(rate.rps).toBe(5)
  })

  it('backs off multiplicatively on a refusal, once per overshoot', () => {
    const rate = new AdaptiveRate(config, 0)
    expect(rate.onRefused(100, 200)).toBeCloseTo(4)
    // Requests sent before that decrease were already too fast: no second cut for them.
    expect(rate.onRefused(150, 250)).toBeUndefined()
    expect(rate.onRefused(300, 400)).toBeCloseTo(3.2)
  })

  it('climbs back fast to 90 % of the refused pace, then creeps', () => {
    const rate = new AdaptiveRate({ ...config, initialRps: 10 }, 0)
    rate.onRefused(0, 0) // refused at 10 → 8
    let t = cleanAnswers(rate, 0, 1.2)
    expect(rate.rps).toBeCloseTo(9) // min(8 + 1, 0.9 × 10)
    t = cleanAnswers(rate, t, 1.2)
    expect(rate.rps).toBeCloseTo(9.05)
    expect(t).toBeGreaterThan(0)
  })

  it('stays within its bounds', () => {
    const rate = new AdaptiveRate({ ...config, minRps: 1, maxRps: 6 }, 0)
    cleanAnswers(rate, 0, 10)
    expect(rate.rps).toBe(6)
    for (let i = 0; i < 20; i++) rate.onRefused(1_000_000 + i * 10, 1_000_000 + i * 10 + 1)
    expect(rate.rps).toBe(1)
  })

  it.each([1, 2, 3])('against a hidden 8/s sliding limit it settles at 75–100 %% of it with ≤ 5 %% refused (simulated, seed %i)', (seed) => {
    const result = simulateAimd(DEFAULT_AIMD, { hiddenLimit: 8, concurrency: 4, durationMs: 240_000, measureFromMs: 60_000, latencyMs: [20, 80], random: seeded(seed) })
    expect(result.acceptedPerSecond / 8).toBeGreaterThanOrEqual(0.75)
    expect(result.acceptedPerSecond / 8).toBeLessThanOrEqual(1)
    expect(result.refusedFraction).toBeLessThanOrEqual(0.05)
  })

  it.each([3, 15])('also converges for a hidden limit of %i/s (60–100 %%)', (limit) => {
    const result = simulateAimd(DEFAULT_AIMD, { hiddenLimit: limit, concurrency: 8, durationMs: 240_000, measureFromMs: 60_000, latencyMs: [20, 80], random: seeded(7) })
    expect(result.acceptedPerSecond / limit).toBeGreaterThanOrEqual(0.6)
    expect(result.acceptedPerSecond / limit).toBeLessThanOrEqual(1)
    expect(result.refusedFraction).toBeLessThanOrEqual(0.05)
  })

  it('is wired to the live pacer: a job that starts too fast is slowed down by refusals and still lands every row once', async () => {
    const dir = await stateDir()
    const items = makeItems(60)
    const journal = await testJournal(dir, 'aimd', items)
    // Hidden limit 20/s; the job starts at 40/s.
    const service = new FakeService({ limit: { limit: 20, windowMs: 1000, retryAfterMs: 100 }, latencyMs: 5 })
    const adaptive = { ...DEFAULT_AIMD, initialRps: 40, maxRps: 60 }
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
