import type { NclueStore, StoredIntent, StoredTask } from './nclue-store'
import type { OccStore, StoredOccProfile } from './occ-store'
import type { OmnicommerceStore, StoredProduct, EmulatedStatus } from './omnicommerce-store'
import type { RequestLog } from './request-log'
import type { PracticeService, RequestLogEntry } from './types'

/** Read-only views of the emulator's data and request log, for tests and the practice UI. */
export interface PracticeState {
  readonly products: ReadonlyMap<string, StoredProduct>
  readonly deletedProducts: ReadonlySet<string>
  productStatus(id: string): EmulatedStatus | null
  readonly occProfiles: ReadonlyMap<string, StoredOccProfile>
  /** How many OCC tokens were issued (logins + refreshes). */
  occTokensIssued(): number
  readonly nclueProfiles: ReadonlyMap<string, StoredIntent>
  readonly nclueTasks: readonly StoredTask[]
  /** A NCLUE profile's status right now (as the store derives it), or undefined. */
  nclueStatus(profileId: string): string | undefined
  /** Requests seen, oldest first (optionally one service's). */
  requests(service?: PracticeService): readonly RequestLogEntry[]
  /** Most requests of a service within any rolling window (default 1000 ms). */
  maxInWindow(service: PracticeService, windowMs?: number, where?: (e: RequestLogEntry) => boolean): number
  clearLog(): void
}

/** Builds the PracticeState view over the live stores. */
export function inspect(products: OmnicommerceStore, occ: OccStore, nclue: NclueStore, log: RequestLog): PracticeState {
  return {
    products: products.products,
    deletedProducts: products.deleted,
    productStatus: (id) => products.status(id),
    occProfiles: occ.profiles,
    occTokensIssued: () => occ.tokensIssued,
    nclueProfiles: nclue.profiles,
    nclueTasks: nclue.tasks,
    nclueStatus: (id) => {
      const p = nclue.profiles.get(id)
      return p === undefined ? undefined : nclue.statusOf(p).status
    },
    requests: (service) => log.list(service),
    maxInWindow: (service, windowMs, where) => log.maxInWindow(service, windowMs, where),
    clearLog: () => log.clear()
  }
}
