import type { Language } from '../../shared/text'
import { redact } from '../http/redact'
import { ServiceError } from '../http/service-error'
import { InvalidInputError } from '../services/field-issue'
import type { ItemOutcome, WorkItem } from '../upload/target-adapter'
import { reasonForError, reasonForInvalidInput, type Reason } from './reasons'

/** How adapters word their outcomes. */
export interface OutcomeWording {
  /** Language of outcome messages (the reasonCode is the same in both). */
  readonly language: Language
  /** Strings scrubbed from any service text an outcome quotes (keys, the row's password). */
  readonly secrets: readonly string[]
}

/** A final 'failed' outcome with the reason's code and its plain message, scrubbed of secrets. */
export function failedOutcome(index: number, reason: Reason, wording: OutcomeWording): ItemOutcome {
  return { index, state: 'failed', reasonCode: reason.code, message: redact(reason.message[wording.language], wording.secrets) }
}

/**
 * The outcome of a one-row request that the service answered about THIS row
 * (a 4xx refusal) or the client refused to send (InvalidInputError); null for
 * anything else — timeouts, connection errors, 429, 5xx, auth, unreadable
 * answers — which the adapter rethrows for the engine to retry or reconcile.
 */
export function rowAnswer(index: number, error: unknown, wording: OutcomeWording, explain: (e: ServiceError) => Reason = reasonForError): ItemOutcome | null {
  if (error instanceof InvalidInputError) return failedOutcome(index, reasonForInvalidInput(error), wording)
  if (error instanceof ServiceError && error.kind === 'rejected') return failedOutcome(index, explain(error), wording)
  return null
}

/**
 * A WorkItem's payload narrowed to what the adapter sends. Payloads come from
 * buildRequest; anything else is a programming error (nothing is sent). Read
 * once: a job's items may build their payload on each read (LazyWorkItem),
 * so the body checked is the body returned.
 */
export function payloadOf<T>(item: WorkItem, guard: (payload: unknown) => payload is T, what: string): T {
  const payload = item.payload
  if (!guard(payload)) throw new TypeError(`Row ${item.index} does not carry ${what}; build payloads with buildRequest.`)
  return payload
}

/** True for a plain object whose `key` is a string: the cheap shape check behind payload guards. */
export function hasStringField(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[key] === 'string'
}
