import type { LocalizedText } from '../../../shared/text'
import type { ServiceError } from '../../http/service-error'
import type { InvalidInputError } from '../../services/field-issue'
import { NCLUE_FAIL_MESSAGES } from '../../services/nclue/assumptions'
import { OMNICOMMERCE_FAILURE_TEXT } from '../../services/omnicommerce/assumptions'
import { NCLUE_FAIL_TEXTS } from './nclue-fail-reasons'
import { NCLUE_REASON_TEXTS } from './nclue-reasons'
import { OCC_REASON_TEXTS } from './occ-reasons'
import { OMNICOMMERCE_REASON_TEXTS } from './omnicommerce-reasons'
import { TRANSPORT_REASON_TEXTS } from './transport-reasons'
import type { Reason, ReasonTexts } from './types'

export type { Reason } from './types'

/** COMMON_ERROR → common-error: the reason code of a NCLUE fail_message. */
function failCode(failMessage: string): string {
  return failMessage.toLowerCase().replace(/_/g, '-')
}

/** Every reason code the app knows, with its plain text: the one table. */
export const REASON_TEXTS: ReasonTexts = {
  ...TRANSPORT_REASON_TEXTS,
  ...OCC_REASON_TEXTS,
  ...OMNICOMMERCE_REASON_TEXTS,
  ...NCLUE_REASON_TEXTS,
  ...Object.fromEntries(NCLUE_FAIL_MESSAGES.map((m) => [failCode(m), NCLUE_FAIL_TEXTS[m]]))
}

/** The table's text for a code; own keys only, so a stored code like 'constructor' can't reach Object's prototype. */
function textOf(code: string): LocalizedText | undefined {
  return Object.hasOwn(REASON_TEXTS, code) ? REASON_TEXTS[code] : undefined
}

const MAX_QUOTED = 200

/** A service's own words, shortened, inside a generic sentence: for answers the table does not know. */
export function serviceSaid(text: string, code = 'service-said'): Reason {
  const t = text.trim().replace(/\s+/g, ' ')
  const quoted = t.length > MAX_QUOTED ? `${t.slice(0, MAX_QUOTED)}…` : t
  return {
    code,
    message: {
      en: `The service said: “${quoted}” — check this row; if that is unclear, ask the service’s support`,
      ko: `서비스 응답: “${quoted}” — 이 행을 확인하고, 뜻이 분명하지 않으면 서비스 지원팀에 문의해 주세요`
    }
  }
}

/** Where a table text takes the outcome's own detail (e.g. the task names closest to a value). */
const DETAIL = '{detail}'

/** Texts with a place for a detail, and the code to fall back on when an outcome has none. */
const WITHOUT_DETAIL: ReadonlyMap<string, string> = new Map([['task-not-found-closest', 'task-not-found']])

function withDetail(code: string, text: LocalizedText, detail: string | undefined): Reason {
  const d = detail?.trim() ?? ''
  if (d === '') return reasonForCode(WITHOUT_DETAIL.get(code) ?? 'rejected')
  return { code, message: { en: text.en.replace(DETAIL, d), ko: text.ko.replace(DETAIL, d) } }
}

/** Engine reason codes for kinds that have no entry of their own. */
const CODE_FOR_KIND: ReadonlyMap<string, string> = new Map([['network', 'network-error'], ['server', 'server-error']])

/**
 * The plain reason for a stored reason code (an outcome's reasonCode, the
 * engine's codes such as timeout or http-400); `detail` — the service's own
 * words — is quoted for codes the table does not know.
 */
export function reasonForCode(code: string, detail?: string): Reason {
  const canonical = CODE_FOR_KIND.get(code) ?? code
  const known = textOf(canonical)
  if (known !== undefined && known.en.includes(DETAIL)) return withDetail(canonical, known, detail)
  if (known !== undefined) return { code: canonical, message: known }
  if (/^[A-Z][A-Z0-9_]+$/.test(code)) return reasonForCode('network-error') // a socket error code (ECONNRESET …)
  if (detail !== undefined && detail.trim() !== '') return serviceSaid(detail, code)
  return { code, message: textOf('rejected') ?? { en: code, ko: code } }
}

/** The plain reason for a client's ServiceError: its reason first, then its kind; unknown refusals quote the service. */
export function reasonForError(error: Pick<ServiceError, 'kind' | 'reason' | 'message'>): Reason {
  if (error.reason !== undefined && textOf(error.reason) !== undefined) return reasonForCode(error.reason)
  if (error.kind === 'rejected') return serviceSaid(error.message)
  return reasonForCode(error.kind)
}

/** Which product operation a failureList text came from: 'bad reqeust' means something else on update and delete. */
export type ProductOperation = 'create' | 'update' | 'delete'

/** An OMNICOMMERCE failureList text (seed 003) rewritten; unknown texts are quoted. */
export function reasonForProductFailure(text: string, operation: ProductOperation): Reason {
  const t = text.trim().toLowerCase()
  const is = (known: string): boolean => t === known.toLowerCase()
  if (is(OMNICOMMERCE_FAILURE_TEXT.duplicateBlocked)) return reasonForCode('product-exists')
  if (is(OMNICOMMERCE_FAILURE_TEXT.imageUnreachable)) return reasonForCode('image-unreachable')
  if (is(OMNICOMMERCE_FAILURE_TEXT.badRequest)) return reasonForCode(operation === 'create' ? 'product-refused' : 'product-unknown')
  return serviceSaid(text)
}

/** A NCLUE fail_message (§1.6) rewritten; an unknown one is quoted, a missing one gets a generic sentence. */
export function reasonForFailMessage(failMessage: string | undefined): Reason {
  const text = failMessage?.trim() ?? ''
  if (text === '') return reasonForCode('profiling-failed')
  if ((NCLUE_FAIL_MESSAGES as readonly string[]).includes(text)) return reasonForCode(failCode(text))
  return serviceSaid(text, 'profiling-failed')
}

/** A row the client refused to send (InvalidInputError): known issue codes from the table, else the check's words. */
export function reasonForInvalidInput(error: Pick<InvalidInputError, 'issues'>): Reason {
  const issue = error.issues[0]
  if (issue !== undefined && textOf(issue.code) !== undefined) return reasonForCode(issue.code)
  const words = issue?.message ?? 'the row has a problem'
  return {
    code: 'invalid-row',
    message: { en: `Not sent: ${words} — fix the row and send it again`, ko: `보내지 않았습니다: ${words} — 행을 고친 뒤 다시 보내 주세요` }
  }
}
