import { afterEach, describe, expect, it } from 'vitest'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { createTargetAdapter } from '../../../src/core/targets'
import { runJob } from '../../../src/core/upload'
import { fastPacing, stateDir, testJournal } from '../../unit/upload/support/test-job'
import { itemsFor, row } from '../targets/support'

/*
 * NCLUE profiles are followed through the list endpoint, newest first, 100
 * per page. One round walks the list once for every pending profile: asking
 * in chunks of 100 would walk from the newest page again for each chunk
 * (6 pages a round for 250 profiles instead of 3).
 */

let server: PracticeServer | undefined
afterEach(async () => server?.close())

const TASK = '3179664c-0000-4000-8000-af6354344018'

/** The offsets of every list read, split into rounds: a round's reads come back to back, rounds are at least `pollEveryMs` (150 ms) apart. */
function listRounds(emu: PracticeServer): number[][] {
  const rounds: number[][] = []
  let last = -Infinity
  for (const r of emu.state.requests('nclue')) {
    const offset = /\/profile\/shopping-intents\?index=(\d+)/.exec(r.path)?.[1]
    if (offset === undefined) continue
    if (r.at - last > 100) rounds.push([])
    last = r.at
    rounds.at(-1)?.push(Number(offset))
  }
  return rounds
}

describe('following NCLUE profiles that take a while', () => {
  it('reads each list page once a round for all pending profiles, and ends every profile completed', async () => {
    server = await startPracticeServer({ limits: { nclue: null }, nclueLifecycle: { registeredMs: 300, pendingMs: 300, inProgressMs: 600 } })
    const rows = Array.from({ length: 250 }, (_, i) => row(i + 2, { name: `follow-${i}`, task_id: TASK }))
    const { items } = itemsFor('intents:create', rows)
    const journal = await testJournal(await stateDir(), 'intents-job', items)
    const adapter = createTargetAdapter('intents:create', { baseUrl: server.baseUrls.nclue, credentials: { accessKey: server.credentials.nclueAccessKey, secretKey: server.credentials.nclueSecretKey }, nclueMinIntervalMs: 0 })
    server.state.clearLog()
    const summary = await runJob({ jobId: 'intents-job', items, adapter, journal, pacing: fastPacing(200, 100), trackPendingForMs: 30_000, pollEveryMs: 150 }).done
    expect(summary.counts).toMatchObject({ accepted: 250, pending: 0, failed: 0 })
    const rounds = listRounds(server)
    expect(rounds.length).toBeGreaterThanOrEqual(2)
    for (const offsets of rounds) {
      expect(new Set(offsets).size).toBe(offsets.length)
      expect(offsets.length).toBeLessThanOrEqual(3)
    }
    // At least one round came while every profile was still being worked on, and it read all three pages once.
    expect(rounds[0]).toEqual([0, 100, 200])
  })
})
