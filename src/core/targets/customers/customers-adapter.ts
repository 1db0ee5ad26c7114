import type { Language } from '../../../shared/text'
import { ServiceError } from '../../http/service-error'
import type { OccAdminClient } from '../../services/occ/admin-client'
import type { CreateProfileOptions } from '../../services/occ/storefront-client'
import type { CreatedProfile, CustomerInput } from '../../services/occ/types'
import type { CallContext, ItemOutcome, ReconcileOutcome, TargetAdapter, WorkItem } from '../../upload/target-adapter'
import { hasStringField, payloadOf, rowAnswer, type OutcomeWording } from '../outcomes'

/** Anything that creates OCC profiles: the storefront or the admin client. */
export interface ProfileCreator {
  createProfile(input: CustomerInput, options?: CreateProfileOptions): Promise<CreatedProfile>
}

/** How a customers adapter behaves. */
export interface CustomersAdapterOptions {
  readonly creator: ProfileCreator
  /** An admin client to look customers up by email when a create went unanswered; null in plain storefront mode. */
  readonly lookup: OccAdminClient | null
  /** Sent as X-CCAsset-Language. */
  readonly language?: string
  readonly messageLanguage?: Language
  /** Scrubbed from anything an outcome quotes (the application key). */
  readonly secrets?: readonly string[]
  /** Emails of rows whose earlier create went unanswered, e.g. the 'unknown' rows of a past run. */
  readonly previouslyUnanswered?: Iterable<string>
}

const isCustomer = (p: unknown): p is CustomerInput => hasStringField(p, 'email') && hasStringField(p, 'password')
const emailKey = (input: CustomerInput): string => input.email.trim().toLowerCase()

/**
 * The OCC adapter for customers:create: one profile per request, never
 * resent blindly (a create is not idempotent). A refusal becomes a failed
 * row with a plain reason. When a create went unanswered, a later
 * "this email already has an account" for that same row means the earlier
 * attempt worked: the row is accepted (without a remoteId, so a password
 * generated for the resend must not be shown as the customer's).
 * reconcile() looks the email up through the admin API when one is
 * configured, and otherwise sends the create again (see createAgain).
 */
export function createCustomersAdapter(options: CustomersAdapterOptions): TargetAdapter {
  const unanswered = new Set<string>([...(options.previouslyUnanswered ?? [])].map((email) => email.trim().toLowerCase()))
  const wordingFor = (input: CustomerInput): OutcomeWording => ({
    language: options.messageLanguage ?? 'en',
    secrets: [...(options.secrets ?? []), input.password]
  })

  async function sendOne(item: WorkItem, signal: AbortSignal): Promise<ItemOutcome> {
    const input = payloadOf(item, isCustomer, 'a customer')
    const key = emailKey(input)
    try {
      const created = await options.creator.createProfile(input, { language: options.language, signal })
      unanswered.delete(key)
      return { index: item.index, state: 'accepted', remoteId: created.id }
    } catch (error) {
      if (error instanceof ServiceError && error.reason === 'email-taken' && unanswered.has(key)) {
        unanswered.delete(key)
        return { index: item.index, state: 'accepted' }
      }
      const answer = rowAnswer(item.index, error, wordingFor(input))
      if (answer !== null) return answer
      if (error instanceof ServiceError && error.ambiguous) unanswered.add(key)
      throw error
    }
  }

  /**
   * Without the admin API there is no lookup, but OCC keeps one account per
   * email, so sending the create again cannot make a second one and tells
   * where the row stands: created now, or "this email has an account" —
   * there, possibly from before this upload (accepted, with that note).
   */
  async function createAgain(item: WorkItem, input: CustomerInput, context: CallContext): Promise<ReconcileOutcome> {
    const key = emailKey(input)
    try {
      const created = await context.paced((signal) => options.creator.createProfile(input, { language: options.language, signal }))
      unanswered.delete(key)
      return { index: item.index, state: 'accepted', remoteId: created.id }
    } catch (error) {
      if (error instanceof ServiceError && error.reason === 'email-taken') {
        unanswered.delete(key)
        return { index: item.index, state: 'accepted', note: 'customer-existed' }
      }
      const answer = rowAnswer(item.index, error, wordingFor(input))
      if (answer !== null) return answer
      throw error
    }
  }

  async function reconcileOne(item: WorkItem, context: CallContext): Promise<ReconcileOutcome> {
    const input = payloadOf(item, isCustomer, 'a customer')
    const lookup = options.lookup
    if (lookup === null) return createAgain(item, input, context)
    const found = await context.paced((signal) => lookup.findProfileByEmail(input.email, { signal }))
    return found === null ? { index: item.index, state: 'absent' } : { index: item.index, state: 'accepted', remoteId: found.id }
  }

  return {
    service: 'occ',
    batchSize: 1,
    resendIsSafe: false,
    async send(items, signal) {
      const outcomes: ItemOutcome[] = []
      for (const item of items) outcomes.push(await sendOne(item, signal))
      return outcomes
    },
    async reconcile(items, context) {
      const outcomes: ReconcileOutcome[] = []
      for (const item of items) outcomes.push(await reconcileOne(item, context))
      return outcomes
    }
  }
}

