import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/core/http/service-error'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { InvalidInputError } from '../../../src/core/services/field-issue'
import { NclueClient, type NclueClientOptions } from '../../../src/core/services/nclue/client'

let emu: PracticeServer
let client: NclueClient
const FASHION = 'practice-fashion-intent'
const make = (extra: Partial<NclueClientOptions> = {}): NclueClient =>
  new NclueClient({ accessKey: emu.credentials.nclueAccessKey, secretKey: emu.credentials.nclueSecretKey, baseUrl: emu.baseUrls.nclue, timeoutMs: 5000, ...extra })
const failure = async (p: Promise<unknown>): Promise<ServiceError> => {
  const e = await p.then(() => undefined, (err: unknown) => err)
  expect(e).toBeInstanceOf(ServiceError)
  return e as ServiceError
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

beforeAll(async () => {
  emu = await startPracticeServer({ limits: { nclue: null }, nclueLifecycle: { registeredMs: 100, pendingMs: 100, inProgressMs: 150 }, nclueExtraTasks: 230 })
  client = make()
})
afterAll(async () => emu.close())

describe('NCLUE client against the practice emulator', () => {
  it('lists every task across pages of 100 and resolves a task by name or id', async () => {
    emu.state.clearLog()
    const tasks = await client.listTasks()
    expect(tasks).toHaveLength(235)
    expect(emu.state.requests('nclue').map((r) => r.path)).toEqual([
      '/nclue/api/v1/tasks?index=0&limit=100', '/nclue/api/v1/tasks?index=100&limit=100', '/nclue/api/v1/tasks?index=200&limit=100'
    ])
    const id = await client.resolveTaskId(FASHION)
    expect(id).toBe('3179664c-0000-4000-8000-af6354344018')
    expect(await client.resolveTaskId(id)).toBe(id)
    expect(emu.state.requests('nclue')).toHaveLength(3 + 3) // first resolve fetched the list once, then cached
    await expect(client.resolveTaskId('practice-twin-task')).rejects.toThrow(InvalidInputError)
    await expect(client.resolveTaskId('no-such-task')).rejects.toThrow(/No NCLUE task/)
  })

  it('creates a profile, reads it, lists it, and deletes it once finished', async () => {
    const taskId = await client.resolveTaskId(FASHION)
    const created = await client.createProfile({ name: 'spring-intent', task_id: taskId })
    expect(created).toMatchObject({ profile_name: 'spring-intent', task_id: taskId, task_name: FASHION })
    expect((await client.getProfile(created.profile_id)).status).toBe('registered')
    const page = await client.listProfiles({ index: 0, limit: 10 })
    expect(page.profiles[0]?.profile_id).toBe(created.profile_id)
    await sleep(150)
    const busy = await failure(client.deleteProfile(created.profile_id))
    expect(busy).toMatchObject({ kind: 'rejected', status: 409 })
    await sleep(250)
    expect(await client.deleteProfile(created.profile_id)).toEqual({ profile_id: created.profile_id })
    expect(await failure(client.getProfile(created.profile_id))).toMatchObject({ kind: 'rejected', status: 404, reason: 'not-found' })
  })

  it('maps 409/10102 duplicate name and 422/10101 name too long; checks length before sending', async () => {
    const taskId = await client.resolveTaskId(FASHION)
    await client.createProfile({ name: 'dup-name', task_id: taskId })
    const dup = await failure(client.createProfile({ name: 'dup-name', task_id: taskId }))
    expect(dup).toMatchObject({ kind: 'rejected', status: 409, serviceCode: '10102', reason: 'duplicate-name', ambiguous: false })
    const before = emu.state.requests('nclue').length
    await expect(client.createProfile({ name: 'x'.repeat(101), task_id: taskId })).rejects.toThrow(InvalidInputError)
    expect(emu.state.requests('nclue').length).toBe(before)
  })

  it('maps a server-side 422/10101 when the service\'s limit is stricter than ours (older docs said 40)', async () => {
    const strict = await startPracticeServer({ limits: { nclue: null }, nclueNameMaxLength: 40 })
    try {
      const c = new NclueClient({ accessKey: strict.credentials.nclueAccessKey, secretKey: strict.credentials.nclueSecretKey, baseUrl: strict.baseUrls.nclue })
      const err = await failure(c.createProfile({ name: 'n'.repeat(41), task_id: await c.resolveTaskId(FASHION) }))
      expect(err).toMatchObject({ kind: 'rejected', status: 422, serviceCode: '10101', reason: 'name-too-long', retrySafe: true })
    } finally {
      await strict.close()
    }
  })

  it('tracks statuses through completed and failed with the LIST endpoint, not one GET per profile', async () => {
    const taskId = await client.resolveTaskId(FASHION)
    const names = ['track-a', 'track-b', 'track-FAIL-DISK_SPACE_SHORTAGE', 'track-c', 'track-FAIL-x']
    const ids: string[] = []
    for (const name of names) ids.push((await client.createProfile({ name, task_id: taskId })).profile_id)
    emu.state.clearLog()
    const first = await client.trackStatuses(ids)
    expect([...first.values()].every((s) => s.status === 'registered')).toBe(true)
    let rounds = 1
    let latest = first
    while ([...latest.values()].some((s) => s.status !== 'completed' && s.status !== 'failed')) {
      await sleep(100)
      latest = await client.trackStatuses(ids)
      rounds++
    }
    const gets = emu.state.requests('nclue').filter((r) => r.method === 'GET')
    expect(gets).toHaveLength(rounds) // 5 profiles, newest first: one list call per round
    expect(gets.every((r) => r.path.startsWith('/nclue/api/v1/profile/shopping-intents?index=0&limit=100'))).toBe(true)
    expect(latest.get(ids[0]!)).toMatchObject({ status: 'completed', fail_message: undefined })
    expect(latest.get(ids[2]!)).toMatchObject({ status: 'failed', fail_message: 'DISK_SPACE_SHORTAGE' })
    expect(latest.get(ids[4]!)).toMatchObject({ status: 'failed', fail_message: 'COMMON_ERROR' })
    expect((await client.trackStatuses(['no-such-id'])).get('no-such-id')?.status).toBe('not-found')
  })

  it('pages through more than 100 profiles for tracking and finds profiles by name', async () => {
    const taskId = await client.resolveTaskId(FASHION)
    const oldest = (await client.createProfile({ name: 'bulk-0', task_id: taskId })).profile_id
    for (let i = 1; i < 130; i++) await client.createProfile({ name: `bulk-${i}`, task_id: taskId })
    emu.state.clearLog()
    const tracked = await client.trackStatuses([oldest])
    expect(tracked.get(oldest)?.status).not.toBe('not-found')
    expect(emu.state.requests('nclue')).toHaveLength(2)
    const found = await client.findProfilesByName(['bulk-129', 'bulk-0', 'missing-name'])
    expect([...found.keys()].sort()).toEqual(['bulk-0', 'bulk-129'])
    expect(found.get('bulk-0')?.profile_id).toBe(oldest)
  })

  it('accepts the create page\'s "complete" spelling as completed', async () => {
    const other = await startPracticeServer({ limits: { nclue: null }, nclueCompletedSpelling: 'complete', nclueLifecycle: { registeredMs: 0, pendingMs: 0, inProgressMs: 0 } })
    try {
      const c = new NclueClient({ accessKey: other.credentials.nclueAccessKey, secretKey: other.credentials.nclueSecretKey, baseUrl: other.baseUrls.nclue })
      const p = await c.createProfile({ name: 'done-fast', task_id: await c.resolveTaskId(FASHION) })
      expect((await c.getProfile(p.profile_id)).status).toBe('completed')
      expect(other.state.requests('nclue').length).toBe(3)
    } finally {
      await other.close()
    }
  })
})

describe('NCLUE pacing hook', () => {
  it('awaits the gate before every request, including each page of a multi-page helper', async () => {
    let gated = 0
    const paced = make({ gate: async () => void gated++ })
    await paced.listTasks()
    expect(gated).toBe(3)
  })
})

describe('NCLUE authentication failures', () => {
  it('wrong secret key → 401 auth, credentials-invalid', async () => {
    const err = await failure(make({ secretKey: 'wrong-secret-key-123' }).listProfiles())
    expect(err).toMatchObject({ kind: 'auth', status: 401, serviceCode: '200', reason: 'credentials-invalid', retrySafe: true })
  })

  it('wrong access key → 401 auth', async () => {
    const err = await failure(make({ accessKey: 'unknown-access-key' }).listProfiles())
    expect(err).toMatchObject({ kind: 'auth', reason: 'credentials-invalid' })
  })

  it('clock more than 5 minutes off → 401 auth, clock-skew, with advice', async () => {
    for (const offset of [6 * 60_000, -6 * 60_000]) {
      const err = await failure(make({ now: () => Date.now() + offset }).listProfiles())
      expect(err).toMatchObject({ kind: 'auth', status: 401, reason: 'clock-skew' })
      expect(err.message).toMatch(/clock/)
    }
    expect((await make({ now: () => Date.now() - 4 * 60_000 }).listProfiles()).index).toBe(0)
  })
})
