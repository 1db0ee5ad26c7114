import { z } from 'zod'
import type { DescribeError, ErrorDescription } from '../../http/answer-error'
import type { JsonAnswer } from '../../http/request-json'
import { NCLUE_MAX_CLOCK_SKEW_MS, NCLUE_REASONS, NCP_GATEWAY } from './assumptions'

const code = z.union([z.string(), z.number()]).transform(String)
/** §1.4: the gateway envelope. */
const envelopeSchema = z.object({ error: z.object({ errorCode: code, message: z.string().optional(), details: z.string().optional() }) })
/** §1.5 N1 ASSUMPTION: NCLUE's own `{code, message}`. */
const bodySchema = z.object({ code, message: z.string().optional() })

/** Slack for the Date header's one-second resolution and transit time. */
const DATE_SLACK_MS = 5_000

/** True when the server's Date header shows our timestamp was outside the allowed window. */
function clockWasOff(answer: JsonAnswer, sentAtMs: number): boolean {
  const serverNow = Date.parse(answer.headers.get('date') ?? '')
  return !Number.isNaN(serverNow) && Math.abs(serverNow - sentAtMs) > NCLUE_MAX_CLOCK_SKEW_MS - DATE_SLACK_MS
}

/** Says which part of the credentials the gateway refused, from its details text or its clock. */
function describeAuth(details: string | undefined, errorCode: string, answer: JsonAnswer, sentAtMs: number): ErrorDescription {
  const text = details ?? ''
  if (errorCode === NCP_GATEWAY.permissionDenied.errorCode) {
    return { reason: 'permission-denied', hint: 'The access key works but has no permission for NCLUE; check the sub account policy.' }
  }
  if (/timestamp|expire|skew|clock/i.test(text) || clockWasOff(answer, sentAtMs)) {
    return { reason: 'clock-skew', hint: "This computer's clock differs from NAVER Cloud's by more than 5 minutes; correct the date and time settings." }
  }
  if (/missing/i.test(text)) return { reason: 'credentials-missing', hint: 'The access key or signature was not sent.' }
  return { reason: 'credentials-invalid', hint: 'The access key or secret key is wrong (the signature did not match).' }
}

/**
 * Builds the error reader for one NCLUE request: the gateway envelope (auth,
 * quota, not found) or NCLUE's own body (10101 name too long, 10102
 * duplicate name …). `sentAtMs` is the signed timestamp, for clock-skew advice.
 */
export function describeNclueError(sentAtMs: number): DescribeError {
  return (answer) => {
    const envelope = envelopeSchema.safeParse(answer.body)
    if (envelope.success) {
      const { errorCode, message, details } = envelope.data.error
      const serverMessage = [message, details].filter((s) => s !== undefined && s !== '').join(' — ')
      const base = { serviceCode: errorCode, serverMessage }
      if (answer.status === 401 || answer.status === 403) return { ...base, kind: 'auth', ...describeAuth(details, errorCode, answer, sentAtMs) }
      if (answer.status === 429) return { ...base, reason: 'quota-exceeded' }
      if (answer.status === 404) return { ...base, reason: 'not-found', hint: 'Check the NCLUE base URL.' }
      return base
    }
    const body = bodySchema.safeParse(answer.body)
    if (!body.success) return answer.status === 401 ? { reason: 'credentials-invalid' } : {}
    const reason = NCLUE_REASONS[body.data.code] ?? (answer.status === 404 ? 'not-found' : answer.status === 409 ? 'conflict' : undefined)
    return { serviceCode: body.data.code, serverMessage: body.data.message, reason }
  }
}
