import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { CUSTOMER_HEADERS, customerRows, PRODUCT_HEADERS, productRows, readRows, tempDir, writeWorkbook } from './fixtures'
import { busiestSecond, jsonLine, keysFor, runCli, startCli, until, type CliRun, type JsonLine } from './support'

/*
 * The CLI under injected faults, against an emulator in this process. Each
 * case checks the four properties: every row ends in exactly one
 * state (the --json counts add up to the rows), no non-idempotent create
 * reached the store twice, nothing was lost (accepted, or failed/unknown
 * with a reason in the report), and the emulator never saw more than its
 * limit in any sliding second. OCC runs in admin mode (OCC_APP_KEY), so an
 * unanswered create is reconciled by looking the email up, never resent blind.
 */

/**
 * Test-only settings of the CLI: a 1.5 s request time limit, so a request the
 * emulator processed but never answered does not stall a test for 30 s; and
 * a 200 ms margin on fixed one-second windows instead of the engine's 50 ms,
 * which a freshly started process's first connections can overrun on a busy
 * machine (reported to the lead as an engine finding).
 */
const TEST_ENV = { SHEETPORT_REQUEST_TIMEOUT_MS: '1500' }
const OCC_LIMIT = 8
const OMNICOMMERCE_LIMIT = 5

const servers: PracticeServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

async function emulator(): Promise<PracticeServer> {
  const server = await startPracticeServer({ omnicommerceProcessingMs: 200 })
  servers.push(server)
  return server
}

type Service = 'occ' | 'omnicommerce'

/** One run of the CLI against its own emulator and folder. */
interface Case {
  readonly server: PracticeServer
  readonly service: Service
  readonly dir: string
  readonly file: string
  readonly rows: readonly (readonly string[])[]
  readonly report: string
}

async function prepare(service: Service, count: number): Promise<Case> {
  const server = await emulator()
  const dir = await tempDir()
  const rows = service === 'occ' ? customerRows(count) : productRows(count)
  const headers = service === 'occ' ? CUSTOMER_HEADERS : PRODUCT_HEADERS
  const file = await writeWorkbook(join(dir, `${service}.xlsx`), { Sheet1: [[...headers], ...rows] })
  return { server, service, dir, file, rows, report: join(dir, 'failures.csv') }
}

function args(c: Case, ...more: string[]): string[] {
  const target = c.service === 'occ' ? 'customers:create' : 'products:create'
  // Products are followed until the service has processed them.
  const wait = c.service === 'omnicommerce' ? ['--wait', '30'] : []
  return ['import', c.file, '--target', target, '--base-url', c.server.baseUrls[c.service], '--state-dir', join(c.dir, 'jobs'), '--report', c.report, '--json', ...wait, ...more]
}

function env(c: Case): Record<string, string> {
  return { ...keysFor(c.server, { occAdmin: true }), ...TEST_ENV }
}

/** Creates that reached OCC's handler: not refused by the rate limit, not failed before processing. */
function processedCreates(server: PracticeServer): number {
  return server.state.requests('occ').filter((e) => e.method === 'POST' && e.path.includes('/profiles') && e.status !== 429 && e.fault !== 'serverError' && e.fault !== 'garbage').length
}

/** The emulator's limits during a case: what it accepts per sliding second. */
interface Limits {
  readonly occ: number
  readonly omnicommerce: number
}

const REAL_LIMITS: Limits = { occ: OCC_LIMIT, omnicommerce: OMNICOMMERCE_LIMIT }

/**
 * The rate property. OMNICOMMERCE documents 5 requests a second, and the
 * engine paces under it: no sliding second may hold more arrivals than that
 * (or than the emulator's tighter limit, counting only what it accepted).
 * OCC documents no limit, so the engine probes upward and backs off on 429
 * (adaptive pace): the emulator must never have accepted more than its limit, and
 * refusals must stay the exception.
 */
function expectPaced(c: Case, limits: Limits): void {
  const limit = limits[c.service]
  expect(busiestSecond(c.server, c.service, true), 'accepted requests in any sliding second').toBeLessThanOrEqual(limit)
  if (c.service === 'omnicommerce') {
    expect(busiestSecond(c.server, c.service), 'all requests in any sliding second').toBeLessThanOrEqual(OMNICOMMERCE_LIMIT)
    return
  }
  const requests = c.server.state.requests('occ')
  const refused = requests.filter((e) => e.status === 429).length
  if (limit < OCC_LIMIT) expect(refused, 'the pace backed off: most requests got in').toBeLessThan(requests.length - refused)
  else expect(refused, 'OCC refusals are the exception').toBeLessThanOrEqual(Math.max(3, requests.length / 4))
}

/**
 * The row properties for a run that ended: one state per row, nothing lost,
 * no create processed twice — except, with `resentCreates`, the storefront's
 * way of settling an unanswered create by sending it again, which OCC
 * refuses for an email it has: there, no account twice.
 */
async function expectSound(c: Case, run: CliRun, limits: Limits = REAL_LIMITS, resentCreates = false): Promise<JsonLine> {
  const json = jsonLine(run)
  expect(json.total, 'every row of the file is counted').toBe(c.rows.length)
  expect(json.accepted + json.failed + json.unknown).toBe(c.rows.length)
  const report = await readRows(c.report)
  const problems = report.slice(1)
  expect(problems, 'every row not accepted is in the report').toHaveLength(json.failed + json.unknown + json.invalid)
  for (const row of problems) expect(row.at(-1), `a reason for ${row[0]}`).not.toBe('')
  if (c.service === 'occ') {
    const emails = [...c.server.state.occProfiles.values()].map((p) => p.email)
    expect(new Set(emails).size).toBe(emails.length)
    if (!resentCreates) expect(processedCreates(c.server), 'no create was processed twice').toBe(emails.length)
    expect(emails.length).toBeGreaterThanOrEqual(json.accepted)
    expect(emails.length).toBeLessThanOrEqual(json.accepted + json.unknown)
  } else {
    // Products are upserts (sending one again is safe): each id is stored once, and only ids from the file.
    const ids = new Set(c.rows.map((r) => r[0]))
    const stored = [...c.server.state.products.keys()]
    expect(stored.every((id) => ids.has(id))).toBe(true)
    expect(stored.length).toBeGreaterThanOrEqual(json.accepted)
    expect(stored.length).toBeLessThanOrEqual(json.accepted + json.unknown)
  }
  expectPaced(c, limits)
  return json
}

/** Runs customers and products under the same faults at once, each against its own emulator; every row must end accepted. */
async function bothUnder(setUp: (c: Case) => void, counts = { occ: 15, omnicommerce: 500 }, limits: Limits = REAL_LIMITS): Promise<void> {
  const cases = await Promise.all([prepare('occ', counts.occ), prepare('omnicommerce', counts.omnicommerce)])
  cases.forEach(setUp)
  const runs = await Promise.all(cases.map((c) => runCli(args(c), env(c))))
  for (const [i, c] of cases.entries()) {
    const run = runs[i] as CliRun
    expect(run.code, run.stderr).toBe(0)
    const json = await expectSound(c, run, limits)
    expect(json.accepted).toBe(c.rows.length)
  }
}

const createsOf = (service: Service) => ({ methods: ['POST'], pathIncludes: service === 'occ' ? '/ccadmin/v1/profiles' : '/management/products' })

describe('faults', () => {
  it('a 429 storm (a limit tighter than the documented one): the engine backs off and every row gets in', async () => {
    await bothUnder(
      (c) => c.server.setLimit(c.service, 2),
      { occ: 8, omnicommerce: 700 },
      { occ: 2, omnicommerce: 2 }
    )
  })

  it('bursts of 5xx: retried through the queue, nothing lost or doubled', async () => {
    await bothUnder((c) => c.server.setFaults(c.service, { serverError: { count: 3, status: 503, ...createsOf(c.service) } }))
  })

  it('timeouts after the server processed the request: customers are looked up, not sent again', async () => {
    await bothUnder((c) => c.server.setFaults(c.service, { hangAfterProcessing: { count: 2, ...createsOf(c.service) } }))
  })

  it('connections dropped after the server processed the request: the same', async () => {
    await bothUnder((c) => c.server.setFaults(c.service, { dropAfterProcessing: { count: 3, ...createsOf(c.service) } }))
  })
})

describe('crashes and stops', () => {
  it('SIGKILL mid-job, then --resume: rows in flight are reconciled, nothing is sent twice, every row ends accepted', async () => {
    const c = await prepare('occ', 40)
    c.server.setFaults('occ', { latencyMs: 150, jitterMs: 150 })
    const child = startCli(args(c, '--job-id', 'killed-job'), env(c))
    // Kill while a create is on its way: the emulator processes it after the CLI is gone.
    const createInFlight = () => c.server.state.requests('occ').some((e) => e.method === 'POST' && e.path.includes('/profiles') && e.outcome === 'pending')
    await until(() => c.server.state.occProfiles.size >= 10 && createInFlight(), 20_000, 'some customers created and one on its way')
    child.child.kill('SIGKILL')
    const killed = await child.done
    expect(killed.signal).toBe('SIGKILL')
    const before = c.server.state.occProfiles.size
    expect(before).toBeLessThan(40)

    const changedRows = customerRows(40).map((r, i) => (i === 5 ? ['someone.else@example.com', ...r.slice(1)] : r))
    const changed = await writeWorkbook(join(c.dir, 'changed.xlsx'), { Sheet1: [[...CUSTOMER_HEADERS], ...changedRows] })
    const refused = await runCli(['import', changed, '--resume', 'killed-job', '--base-url', c.server.baseUrls.occ, '--state-dir', join(c.dir, 'jobs')], env(c))
    expect(refused.code, refused.stderr).toBe(2)
    expect(refused.stderr).toMatch(/not the same data as when job “killed-job” started/)

    const resumed = await runCli(args(c, '--resume', 'killed-job'), env(c))
    expect(resumed.code, resumed.stderr).toBe(0)
    const json = await expectSound(c, resumed)
    expect(json).toMatchObject({ job: 'killed-job', accepted: 40, failed: 0, unknown: 0 })
    expect(resumed.stderr).toMatch(/Continuing job killed-job/)
    const lookups = c.server.state.requests('occ').filter((e) => e.method === 'GET' && e.path.includes('/ccadmin/v1/profiles'))
    expect(lookups.length, 'the rows in flight at the kill were looked up, not sent again').toBeGreaterThan(0)
  })

  it('storefront (no app key): SIGKILL mid-job, then --resume: the creates in flight are sent again and OCC says where each stands — none unknown, no account twice', async () => {
    const c = await prepare('occ', 40)
    c.server.setFaults('occ', { latencyMs: 150, jitterMs: 150 })
    const storefront = { ...keysFor(c.server), ...TEST_ENV }
    const child = startCli(args(c, '--job-id', 'killed-storefront'), storefront)
    const createInFlight = () => c.server.state.requests('occ').some((e) => e.method === 'POST' && e.path.includes('/profiles') && e.outcome === 'pending')
    await until(() => c.server.state.occProfiles.size >= 10 && createInFlight(), 20_000, 'some customers created and one on its way')
    child.child.kill('SIGKILL')
    expect((await child.done).signal).toBe('SIGKILL')
    const resumed = await runCli(args(c, '--resume', 'killed-storefront'), storefront)
    expect(resumed.code, resumed.stderr).toBe(0)
    const json = await expectSound(c, resumed, REAL_LIMITS, true)
    expect(json).toMatchObject({ job: 'killed-storefront', accepted: 40, failed: 0, unknown: 0 })
    const emails = [...c.server.state.occProfiles.values()].map((p) => p.email)
    expect(new Set(emails).size, 'no customer was created twice').toBe(emails.length)
    expect(emails).toHaveLength(40)
    expect(c.server.state.requests('occ').some((e) => e.path.includes('/ccadmin/')), 'storefront only: no admin lookups').toBe(false)
  })

  it('products: SIGKILL mid-job while the service still processes what it took, then --resume --wait: every product ends in its true state — none unknown, none left processing', async () => {
    const c = await prepare('omnicommerce', 1500)
    c.server.setFaults('omnicommerce', { latencyMs: 200 })
    const child = startCli(args(c, '--job-id', 'killed-products'), env(c))
    const sendInFlight = () => c.server.state.requests('omnicommerce').some((e) => e.method === 'POST' && e.outcome === 'pending')
    await until(() => c.server.state.products.size >= 300 && sendInFlight(), 20_000, 'some products taken and a batch on its way')
    child.child.kill('SIGKILL')
    expect((await child.done).signal).toBe('SIGKILL')
    expect(c.server.state.products.size).toBeLessThan(1500)
    // A new process can't know the killed one's last second of requests: resume as a person would, a moment later.
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    const resumed = await runCli(args(c, '--resume', 'killed-products'), env(c))
    expect(resumed.code, resumed.stderr).toBe(0)
    const json = await expectSound(c, resumed)
    expect(json).toMatchObject({ job: 'killed-products', accepted: 1500, failed: 0, unknown: 0, pending: 0 })
    // The yardstick journaled before the kill confirms the products together: a few reads, not one per product.
    const reads = c.server.state.requests('omnicommerce').filter((e) => e.method === 'GET' && /\/management\/status\/[^/]+$/.test(e.path))
    expect(reads.length).toBeLessThanOrEqual(5)
  })

  it('NCLUE: SIGKILL mid-job, then --resume --wait: the profile list says where each in-flight create stands — none unknown, none created twice', async () => {
    const server = await emulator()
    server.setFaults('nclue', { latencyMs: 300 })
    const dir = await tempDir()
    const names = Array.from({ length: 8 }, (_, i) => `관심 고객 ${i + 1}`)
    const file = await writeWorkbook(join(dir, 'intents.xlsx'), { Sheet1: [['프로필명', 'task_name'], ...names.map((name) => [name, 'practice-fashion-intent'])] })
    const report = join(dir, 'failures.csv')
    const intentArgs = (...more: string[]) => ['import', file, '--target', 'intents:create', '--base-url', server.baseUrls.nclue, '--state-dir', join(dir, 'jobs'), '--report', report, '--json', ...more]
    const child = startCli(intentArgs('--job-id', 'killed-intents'), { ...keysFor(server), ...TEST_ENV })
    const createInFlight = () => server.state.requests('nclue').some((e) => e.method === 'POST' && e.outcome === 'pending')
    await until(() => server.state.nclueProfiles.size >= 2 && createInFlight(), 30_000, 'some profiles created and one on its way')
    child.child.kill('SIGKILL')
    expect((await child.done).signal).toBe('SIGKILL')
    const resumed = await runCli(intentArgs('--resume', 'killed-intents', '--wait', '60'), { ...keysFor(server), ...TEST_ENV })
    expect(resumed.code, resumed.stderr).toBe(0)
    expect(jsonLine(resumed)).toMatchObject({ job: 'killed-intents', total: 8, accepted: 8, failed: 0, unknown: 0, pending: 0 })
    const created = [...server.state.nclueProfiles.values()].map((p) => p.profile_name)
    expect(created.sort()).toEqual([...names].sort())
  }, 60_000) // two runs at 1 request per second, then the profiles' 10 s of processing followed to the end

  it('Ctrl-C stops gracefully (exit 1, says how to continue); --resume sends only what was left', async () => {
    const c = await prepare('occ', 30)
    const child = startCli(args(c, '--job-id', 'stopped-job'), env(c))
    await until(() => c.server.state.occProfiles.size >= 6, 20_000, 'some customers to be created')
    child.child.kill('SIGINT')
    const stopped = await child.done
    expect(stopped.code, stopped.stderr).toBe(1)
    const first = jsonLine(stopped, { partial: true })
    expect(first.accepted).toBeLessThan(30)
    expect(stopped.stderr).toMatch(/Stopping: requests under way will finish/)
    expect(stopped.stderr).toContain('--resume stopped-job')
    expect(c.server.state.occProfiles.size).toBe(first.accepted)
    const notSent = (await readRows(c.report)).slice(1)
    expect(notSent, 'the rows not sent are in the report, none lost').toHaveLength(30 - first.accepted)
    for (const row of notSent) expect(row.at(-2)).toBe('Not sent (cancelled)')

    const resumed = await runCli(args(c, '--resume', 'stopped-job'), env(c))
    expect(resumed.code, resumed.stderr).toBe(0)
    const second = jsonLine(resumed)
    expect(second.total).toBe(30 - first.accepted)
    expect(second.accepted).toBe(second.total)
    expect(c.server.state.occProfiles.size).toBe(30)
    expect(processedCreates(c.server), 'no create was processed twice').toBe(30)
    expectPaced(c, REAL_LIMITS)

    const again = await runCli(args(c, '--resume', 'stopped-job'), env(c))
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/already continued as job/)
  })
})
