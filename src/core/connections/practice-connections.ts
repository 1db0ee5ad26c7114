import type { ConnectionSummary } from '../../shared/app-types'
import { practiceId } from '../../shared/practice-ids'
import type { ServiceId } from '../../shared/targets'
import type { PracticeCredentials } from '../practice/credentials'
import type { TargetConnection } from '../targets/connection'

const PRACTICE_NAMES: Readonly<Record<ServiceId, string>> = {
  omnicommerce: 'OMNICOMMERCE (practice)',
  occ: 'Oracle Commerce Cloud (practice)',
  nclue: 'NCLUE (practice)'
}

/** Where the running practice emulator listens and the fake keys it accepts. */
export interface PracticeEndpoints {
  readonly baseUrls: Readonly<Record<ServiceId, string>>
  readonly credentials: PracticeCredentials
}

/**
 * The connections every install starts with: one per service, pointing at
 * the built-in practice emulator, so a new user can run a whole import
 * without an account. OCC practises the admin mode (application key), the
 * one the reference recommends for bulk imports. They hold no real secret.
 */
export function practiceSummary(service: ServiceId, baseUrls: PracticeEndpoints['baseUrls']): ConnectionSummary {
  return {
    id: practiceId(service),
    name: PRACTICE_NAMES[service],
    service,
    baseUrl: baseUrls[service],
    practice: true,
    hasSecret: false,
    lastTestedAt: null,
    ...(service === 'occ' ? { occMode: 'admin' as const } : {})
  }
}

/** How the engine reaches a practice connection: the emulator's address and its fake keys. */
export function practiceTarget(service: ServiceId, practice: PracticeEndpoints): TargetConnection {
  const baseUrl = practice.baseUrls[service]
  const c = practice.credentials
  if (service === 'omnicommerce') return { baseUrl, credentials: { apiKey: c.omnicommerceApiKey } }
  if (service === 'occ') return { baseUrl, credentials: { appKey: c.occAppKey }, occMode: 'admin' }
  return { baseUrl, credentials: { accessKey: c.nclueAccessKey, secretKey: c.nclueSecretKey } }
}

export { practiceId, practiceServiceOf } from '../../shared/practice-ids'
