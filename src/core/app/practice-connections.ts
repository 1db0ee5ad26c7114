import type { ConnectionSummary } from '../../shared/app-types'
import { SERVICES, type ServiceId } from '../../shared/targets'

const PRACTICE_NAMES: Readonly<Record<ServiceId, string>> = {
  omnicommerce: 'OMNICOMMERCE (practice)',
  occ: 'Oracle Commerce Cloud (practice)',
  nclue: 'NCLUE (practice)'
}

/**
 * The connections every install starts with: one per service, pointing at
 * the built-in practice emulator, so a new user can run a whole import
 * without an account. They hold no real secret.
 */
export function practiceConnections(baseUrls: Readonly<Record<ServiceId, string>>): ConnectionSummary[] {
  return SERVICES.map((service) => ({
    id: `practice-${service}`,
    name: PRACTICE_NAMES[service],
    service,
    baseUrl: baseUrls[service],
    practice: true,
    hasSecret: false,
    lastTestedAt: null
  }))
}
