import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { NCLUE_NAME_MAX_LENGTH, NCLUE_RATE_LIMIT_RPS } from '../services/nclue/assumptions'
import { OCC_APP_TOKEN_LIFETIME_MS, OCC_PRACTICE_RATE_LIMIT_RPS } from '../services/occ/assumptions'
import { OMNICOMMERCE_RATE_LIMIT_RPS } from '../services/omnicommerce/assumptions'
import { PRACTICE_CREDENTIALS, type PracticeCredentials } from './credentials'
import { dispatch, type DispatchContext } from './dispatch'
import { FaultBook } from './faults'
import { nclueHandler } from './nclue-handler'
import { NclueStore } from './nclue-store'
import { occHandler } from './occ-handler'
import { OccStore } from './occ-store'
import { handleOmnicommerce } from './omnicommerce-handler'
import { OmnicommerceStore } from './omnicommerce-store'
import { RequestLog } from './request-log'
import { SlidingWindow } from './sliding-window'
import { inspect, type PracticeState } from './state'
import type { Faults, PracticeOptions, PracticeService } from './types'

/** A running practice emulator. */
export interface PracticeServer {
  /** Base URLs to give the three clients (path-prefixed per service on one port). */
  readonly baseUrls: Readonly<Record<PracticeService, string>>
  readonly credentials: PracticeCredentials
  /** Read-only views and helpers for tests. */
  readonly state: PracticeState
  /** Replaces the injected faults of one service. */
  setFaults(service: PracticeService, faults: Faults): void
  /** Sets one service's limit in requests per rolling second; null disables it. */
  setLimit(service: PracticeService, rps: number | null): void
  /** Stops listening and cuts every open connection (including hung ones). */
  close(): Promise<void>
}

const DEFAULT_LIMITS: Readonly<Record<PracticeService, number | null>> = {
  omnicommerce: OMNICOMMERCE_RATE_LIMIT_RPS,
  occ: OCC_PRACTICE_RATE_LIMIT_RPS,
  nclue: NCLUE_RATE_LIMIT_RPS
}

/**
 * Starts the built-in practice emulator: ONE node:http server on
 * 127.0.0.1 and a random port, serving OMNICOMMERCE under
 * `/omnicommerce/2022-08`, OCC under `/occ` and NCLUE under `/nclue/api/v1`,
 * with the documented behaviour and the reference's assumptions (imported
 * from the services' assumptions files). Lets staff practise an import and
 * tests exercise every error path over real HTTP.
 */
export async function startPracticeServer(options: PracticeOptions = {}): Promise<PracticeServer> {
  const now = (): number => Date.now()
  const random = options.random ?? Math.random
  const creds = options.credentials ?? PRACTICE_CREDENTIALS
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const products = new OmnicommerceStore(options.omnicommerceProcessingMs ?? 1000, now)
  const occ = new OccStore(options.occTokenTtlMs ?? OCC_APP_TOKEN_LIFETIME_MS, now)
  const lc = { registeredMs: 2000, pendingMs: 3000, inProgressMs: 5000, ...options.nclueLifecycle }
  const nclue = new NclueStore(lc, now, options.nclueExtraTasks ?? 0)
  const slot = (service: PracticeService, handle: DispatchContext['slots'][PracticeService]['handle']) => ({
    handle, window: new SlidingWindow(limits[service]), faults: new FaultBook(random)
  })
  const ctx: DispatchContext = {
    log: new RequestLog(),
    maxBodyBytes: options.maxBodyBytes ?? 5 * 1024 * 1024,
    slots: {
      omnicommerce: slot('omnicommerce', (req) => handleOmnicommerce(req, products, creds.omnicommerceApiKey)),
      occ: slot('occ', occHandler(occ, creds.occAppKey)),
      nclue: slot('nclue', nclueHandler(nclue, {
        keys: { [creds.nclueAccessKey]: creds.nclueSecretKey }, now, completedSpelling: options.nclueCompletedSpelling ?? 'completed',
        nameMaxLength: options.nclueNameMaxLength ?? NCLUE_NAME_MAX_LENGTH
      }))
    }
  }
  const server = createServer((req, res) => {
    dispatch(ctx, req, res).catch(() => res.destroy())
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    baseUrls: { omnicommerce: `${origin}/omnicommerce/2022-08`, occ: `${origin}/occ`, nclue: `${origin}/nclue/api/v1` },
    credentials: { ...creds },
    state: inspect(products, occ, nclue, ctx.log),
    setFaults: (service, faults) => ctx.slots[service].faults.set(faults),
    setLimit: (service, rps) => {
      ctx.slots[service].window.limit = rps
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
