import { NCP_GATEWAY } from '../services/nclue/assumptions'
import { OCC_RATE_LIMITED } from '../services/occ/assumptions'
import { OMNICOMMERCE_RATE_LIMITED } from '../services/omnicommerce/assumptions'
import { gatewayError } from './nclue-auth'
import { occError } from './occ-handler'
import type { EmuResponse, PracticeService } from './types'

/** A generic failure in the service's own error shape (used for injected 5xx and internal errors). */
export function serviceError(service: PracticeService, status: number, text: string): EmuResponse {
  if (service === 'omnicommerce') return { status, body: { errors: text } }
  if (service === 'occ') return occError(status, String(status), text)
  return gatewayError(status, String(status), text)
}

/** The assumed "too many requests" answer of each service, with Retry-After in whole seconds. */
export function rateLimited(service: PracticeService, retryAfterMs: number): EmuResponse {
  const headers = { 'retry-after': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) }
  if (service === 'omnicommerce') return { status: OMNICOMMERCE_RATE_LIMITED.status, body: { errors: OMNICOMMERCE_RATE_LIMITED.errors }, headers }
  if (service === 'occ') return { ...occError(OCC_RATE_LIMITED.status, OCC_RATE_LIMITED.errorCode, OCC_RATE_LIMITED.message), headers }
  const q = NCP_GATEWAY.quotaExceeded
  return { ...gatewayError(q.status, q.errorCode, q.message), headers }
}
