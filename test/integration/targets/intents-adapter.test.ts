import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { createTargetAdapter, type TargetConnection } from '../../../src/core/targets'
import type { ItemOutcome, PendingRow } from '../../../src/core/upload/target-adapter'
import { countingContext, itemsFor, rejection, row, signal, sleep } from './support'

let emu: PracticeServer
let connection: TargetConnection
const FASHION = 'practice-fashion-intent'
const FASHION_ID = '3179664c-0000-4000-8000-af6354344018'
const SECRET = 'practice-nclue-secret-key'
/** registered → pending → in_progress → done takes 350 ms here. */
const LIFECYCLE_MS = 350

beforeAll(async () => {
  emu = await startPracticeServer({ limits: { nclue: null }, nclueLifecycle: { registeredMs: 100, pendingMs: 100, inProgressMs: 150 } })
  connection = {
    baseUrl: emu.baseUrls.nclue,
    credentials: { accessKey: emu.credentials.nclueAccessKey, secretKey: emu.credentials.nclueSecretKey },
    timeoutMs: 2000,
    nclueMinIntervalMs: 0
  }
})
afterAll(async () => emu.close())

/** Sends rows one per request, as the engine does for batchSize 1. */
async function sendEach(adapter: ReturnType<typeof createTargetAdapter>, rows: ReturnType<typeof row>[]): Promise<ItemOutcome[]> {
  const outcomes: ItemOutcome[] = []
  for (const item of itemsFor('intents:create', rows).items) outcomes.push(...(await adapter.send([item], signal())))
  return outcomes
}

describe('NCLUE intents adapter against the practice emulator', () => {
  it('creates pending profiles, resolving a task name once, then polls them to accepted or failed', async () => {
    const adapter = createTargetAdapter('intents:create', connection)
    expect(adapter).toMatchObject({ service: 'nclue', batchSize: 1, resendIsSafe: false })
    emu.state.clearLog()
    const outcomes = await sendEach(adapter, [
      row(2, { name: 'summer-shoppers', task_name: FASHION }),
      row(3, { name: 'winter-FAIL-DISK_SPACE_SHORTAGE', task_name: FASHION }),
      row(4, { name: 'autumn-shoppers', task_id: FASHION_ID })
    ])
    expect(outcomes.map((o) => o.state)).toEqual(['pending', 'pending', 'pending'])
    expect(emu.state.requests('nclue').filter((r) => r.path.includes('/tasks')).length).toBe(1)
    const pending: PendingRow[] = outcomes.map((o) => ({ index: o.index, remoteId: o.state === 'pending' ? o.remoteId : '' }))
    expect(emu.state.nclueProfiles.get(pending[0]?.remoteId ?? '')?.task_id).toBe(FASHION_ID)
    const early = countingContext()
    expect((await adapter.poll?.(pending, early))?.map((o) => o.state)).toEqual(['pending', 'pending', 'pending'])
    expect(early.calls).toBe(1)
    await sleep(LIFECYCLE_MS + 50)
    const done = await adapter.poll?.(pending, countingContext())
    expect(done).toEqual([
      { index: 0, state: 'accepted', remoteId: pending[0]?.remoteId },
      { index: 1, state: 'failed', reasonCode: 'disk-space-shortage', message: 'NCLUE ran out of storage space — try again later or ask NAVER Cloud for more space' },
      { index: 2, state: 'accepted', remoteId: pending[2]?.remoteId }
    ])
  })

  it('fails duplicate names and unknown or ambiguous tasks with plain reasons', async () => {
    const adapter = createTargetAdapter('intents:create', { ...connection, messageLanguage: 'ko' })
    const outcomes = await sendEach(adapter, [
      row(2, { name: 'dup-name', task_id: FASHION_ID }),
      row(3, { name: 'dup-name', task_id: FASHION_ID }),
      row(4, { name: 'no-task', task_name: 'no-such-task' }),
      row(5, { name: 'twin-task', task_name: 'practice-twin-task' }),
      row(6, { name: 'bad-task-id', task_id: 'ffffffff-0000-4000-8000-000000000000' })
    ])
    expect(outcomes.map((o) => (o.state === 'failed' ? o.reasonCode : o.state))).toEqual(['pending', 'duplicate-name', 'task-not-found', 'task-ambiguous', 'task-not-found'])
    expect(outcomes[1]).toMatchObject({ message: '같은 이름의 프로필이 이미 있습니다 — 다른 이름을 쓰세요' })
    expect(JSON.stringify(outcomes)).not.toContain(SECRET)
  })

  it('takes task names and ids in any mix and in either column, and screens out unknown tasks with the closest names, from one listing', async () => {
    const adapter = createTargetAdapter('intents:create', connection)
    emu.state.clearLog()
    const rows = [
      row(2, { name: 'name-in-id-column', task_id: FASHION }),
      row(3, { name: 'id-in-name-column', task_name: FASHION_ID }),
      row(4, { name: 'spaced-and-cased', task_name: '  Practice-Fashion-INTENT ' }),
      row(5, { name: 'typo', task_id: 'practice-fashon-intent' }),
      row(6, { name: 'nothing-like-it', task_name: '겨울 세일 고객' }),
      row(7, { name: 'twin', task_name: 'practice-twin-task' })
    ]
    const { items } = itemsFor('intents:create', rows)
    const screened = await adapter.screen?.(items, countingContext())
    expect(screened).toEqual([
      { index: 3, state: 'failed', reasonCode: 'task-not-found-closest', message: '“practice-fashion-intent”' },
      { index: 4, state: 'failed', reasonCode: 'task-not-found', message: expect.stringMatching(/No NCLUE task has this name or ID/) },
      { index: 5, state: 'failed', reasonCode: 'task-ambiguous', message: expect.stringMatching(/Several NCLUE tasks/) }
    ])
    const sent = await sendEach(adapter, rows.slice(0, 3))
    expect(sent.map((o) => o.state)).toEqual(['pending', 'pending', 'pending'])
    const created = sent.map((o) => (o.state === 'pending' ? emu.state.nclueProfiles.get(o.remoteId)?.task_id : null))
    expect(created).toEqual([FASHION_ID, FASHION_ID, FASHION_ID])
    // One listing of the tasks for the screen and every send after it.
    expect(emu.state.requests('nclue').filter((r) => r.path.includes('/tasks')).length).toBe(1)
  })

  it('reconciles an unanswered create by name (every list page paced); a name never created is absent', async () => {
    const adapter = createTargetAdapter('intents:create', connection)
    const { items } = itemsFor('intents:create', [row(2, { name: 'lost-answer', task_id: FASHION_ID }), row(3, { name: 'never-sent', task_id: FASHION_ID })])
    emu.setFaults('nclue', { dropAfterProcessing: { count: 1, methods: ['POST'] } })
    await expect(adapter.send(items.slice(0, 1), signal())).rejects.toMatchObject({ ambiguous: true })
    emu.setFaults('nclue', {})
    const context = countingContext()
    const outcomes = await adapter.reconcile?.(items, context)
    const stored = [...emu.state.nclueProfiles.values()].find((p) => p.profile_name === 'lost-answer')
    expect(outcomes).toEqual([{ index: 0, state: 'pending', remoteId: stored?.profile_id }, { index: 1, state: 'absent' }])
    expect(context.calls).toBeGreaterThanOrEqual(1)
    expect(emu.state.requests('nclue').filter((r) => r.path.includes('/profile/shopping-intents?')).length).toBeGreaterThanOrEqual(context.calls)
  })

  it('throws transport failures and refused keys for the engine', async () => {
    const wrong = createTargetAdapter('intents:create', { ...connection, credentials: { accessKey: emu.credentials.nclueAccessKey, secretKey: 'DISTINCT-NCP-SECRET-3390' } })
    const err = await rejection(wrong.send(itemsFor('intents:create', [row(2, { name: 'x', task_id: FASHION_ID })]).items, signal()))
    expect(err).toMatchObject({ kind: 'auth' })
    expect(JSON.stringify(err) + String(err)).not.toContain('DISTINCT-NCP-SECRET-3390')
  })

  it('keeps its own requests to 1 per second, so resolving a task name never trips the rate limit', async () => {
    const paced = await startPracticeServer({ nclueLifecycle: { registeredMs: 100, pendingMs: 100, inProgressMs: 150 } })
    try {
      const adapter = createTargetAdapter('intents:create', { ...connection, baseUrl: paced.baseUrls.nclue, nclueMinIntervalMs: undefined })
      const [outcome] = await adapter.send(itemsFor('intents:create', [row(2, { name: 'gated', task_name: FASHION })]).items, signal())
      expect(outcome?.state).toBe('pending')
      expect(paced.state.requests('nclue').map((r) => r.status)).toEqual([200, 200])
      expect(paced.state.maxInWindow('nclue')).toBe(1)
    } finally {
      await paced.close()
    }
  })
})
