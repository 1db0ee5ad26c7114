import { inspect } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RequestLogLine } from '../../../src/core/http/request-json'
import { ServiceError, type ServiceErrorKind } from '../../../src/core/http/service-error'
import { NclueClient } from '../../../src/core/services/nclue/client'
import { OccAdminClient } from '../../../src/core/services/occ/admin-client'
import { OccStorefrontClient } from '../../../src/core/services/occ/storefront-client'
import { OmnicommerceClient } from '../../../src/core/services/omnicommerce/client'
import { startEchoServer, type EchoMode, type EchoServer } from './echo-server'

const SECRETS = {
  omniKey: 'OMNI-SECRET-KEY-7f3a9c',
  occAppKey: 'OCC-APPKEY-SECRET-1b2c3d',
  occToken: 'OCC-TOKEN-SECRET-ffee01',
  password: 'PASSWORD-SECRET-4e5f6a',
  nclueSecret: 'NCLUE-SECRET-KEY-8d9e0f',
  nclueAccess: 'NCLUE-ACCESS-KEY-2a3b4c'
}
const ALL = Object.values(SECRETS)
let echo: EchoServer
const logLines: RequestLogLine[] = []
const log = (line: RequestLogLine): void => void logLines.push(line)
const customer = { email: 'leak@example.com', firstName: 'L', lastName: 'K', password: SECRETS.password, receiveEmail: 'no' as const }

beforeAll(async () => {
  echo = await startEchoServer(SECRETS.occToken)
})
afterAll(async () => echo.close())

/** Every way an error can be printed, logged or serialised. */
function renderings(err: ServiceError): string[] {
  return [err.message, String(err.stack), String(err), JSON.stringify(err), inspect(err, { depth: 10, showHidden: true }), inspect(err, { depth: 10 })]
}

function assertClean(err: unknown, kind: ServiceErrorKind): void {
  expect(err).toBeInstanceOf(ServiceError)
  const e = err as ServiceError
  expect(e.kind).toBe(kind)
  for (const text of renderings(e)) for (const secret of ALL) expect(text).not.toContain(secret)
}

/** One call per client, all pointed at the echo server. */
function calls(base: string, timeoutMs = 300): Array<() => Promise<unknown>> {
  const omni = new OmnicommerceClient({ apiKey: SECRETS.omniKey, baseUrl: base, timeoutMs, log })
  const store = new OccStorefrontClient({ baseUrl: base, timeoutMs, log })
  const admin = new OccAdminClient({ baseUrl: base, appKey: SECRETS.occAppKey, timeoutMs, log })
  const nclue = new NclueClient({ accessKey: SECRETS.nclueAccess, secretKey: SECRETS.nclueSecret, baseUrl: base, timeoutMs, log })
  return [
    () => omni.createProducts([{ id: 'A1', url: 'https://i.example/a.jpg', salesUrl: 'https://s.example/a', detection: 'TOP' }]),
    () => store.createProfile(customer),
    () => admin.createProfile(customer),
    () => nclue.createProfile({ name: 'n', task_id: 't' })
  ]
}

async function expectAll(mode: EchoMode, kind: ServiceErrorKind, base?: string): Promise<void> {
  echo.mode = mode
  for (const call of calls(base ?? echo.url)) assertClean(await call().catch((e: unknown) => e), kind)
}

describe('no secret in any error, stack or log line', () => {
  it('rejected, auth, rate-limited and server answers that echo every header and body back', async () => {
    for (const shape of ['omni', 'occ', 'nclue-gw', 'nclue'] as const) {
      await expectAll({ kind: 'status', status: 400, shape }, 'rejected')
      await expectAll({ kind: 'status', status: 403, shape }, 'auth')
      await expectAll({ kind: 'status', status: 429, shape }, 'rate-limited')
      await expectAll({ kind: 'status', status: 500, shape }, 'server')
    }
  })

  it('bad-response: HTML and wrong-shape 200s carrying the request', async () => {
    await expectAll({ kind: 'status', status: 200, shape: 'html', contentType: 'text/html' }, 'bad-response')
    await expectAll({ kind: 'status', status: 200, shape: 'wrong-shape' }, 'bad-response')
    await expectAll({ kind: 'huge' }, 'bad-response')
  })

  it('timeout, dropped connection, refused connection and an unsendable header value', async () => {
    await expectAll({ kind: 'hang' }, 'timeout')
    await expectAll({ kind: 'trickle' }, 'timeout')
    await expectAll({ kind: 'destroy' }, 'network')
    await expectAll({ kind: 'destroy' }, 'network', 'http://127.0.0.1:1')
    const bad = new OmnicommerceClient({ apiKey: `${SECRETS.omniKey}\r\nX-Injected: 1`, baseUrl: echo.url })
    const err = await bad.getStatusCount().catch((e: unknown) => e)
    assertClean(err, 'network')
    expect(err).toMatchObject({ ambiguous: false, retrySafe: true })
  })

  it('the request log hook never carries a secret either', () => {
    expect(logLines.length).toBeGreaterThan(20)
    const text = JSON.stringify(logLines)
    for (const secret of ALL) expect(text).not.toContain(secret)
  })
})
