import type { Language } from '../../../shared/text'
import type { OmnicommerceClient } from '../../services/omnicommerce/client'
import { OMNICOMMERCE_MAX_ITEMS_PER_REQUEST } from '../../services/omnicommerce/assumptions'
import type { BatchResult, ProductInput, ProductPatch } from '../../services/omnicommerce/types'
import type { CallContext, ItemOutcome, PendingRow, ReconcileOutcome, ServiceTally, TargetAdapter, WorkItem } from '../../upload/target-adapter'
import { failedOutcome, hasStringField, payloadOf, type OutcomeWording } from '../outcomes'
import { reasonForCode, reasonForProductFailure, type ProductOperation } from '../reasons'
import { reconcileBlockedCreate } from './reconcile-blocked'
import { statusOutcome } from './status-outcome'

/** Status reads per poll() call: one window of the 5-per-second budget, so following can stop as soon as it knows enough. */
const STATUS_READS_PER_POLL = 5

/** How a products adapter behaves. */
export interface ProductsAdapterOptions {
  readonly operation: ProductOperation
  /** create only: refuse ids that already exist (BLOCK_DUPLICATES) instead of overwriting them. */
  readonly blockDuplicates?: boolean
  readonly messageLanguage?: Language
  /** Scrubbed from any service text an outcome quotes (the API key). */
  readonly secrets?: readonly string[]
}

const isProduct = (p: unknown): p is ProductInput & ProductPatch => hasStringField(p, 'id')
const isId = (p: unknown): p is string => typeof p === 'string'

/** One row of a batch as sent: its index, product id and, except for delete (whose payload is the id), the product. */
interface ProductRequest {
  readonly index: number
  readonly id: string
  readonly product: (ProductInput & ProductPatch) | null
}

/** A work item's request, its payload read once (items may build it on each read). */
function requestOf(item: WorkItem, operation: ProductOperation): ProductRequest {
  if (operation === 'delete') return { index: item.index, id: payloadOf(item, isId, 'a product id'), product: null }
  const product = payloadOf(item, isProduct, 'a product')
  return { index: item.index, id: product.id, product }
}

/** Sends the distinct products of a batch with the client call the operation needs. */
function call(client: OmnicommerceClient, options: ProductsAdapterOptions, sent: readonly ProductRequest[], signal: AbortSignal): Promise<BatchResult> {
  if (options.operation === 'delete') return client.deleteProducts(sent.map((r) => r.id), { signal })
  const products = sent.flatMap((r) => (r.product === null ? [] : [r.product]))
  if (options.operation === 'update') return client.updateProducts(products, { signal })
  return client.createProducts(products, { signal, blockDuplicates: options.blockDuplicates === true })
}

/**
 * The OMNICOMMERCE adapter for products:create|update|delete: up to 100
 * products per request, each product's answer attributed by id and
 * rewritten in plain words. A whole-request failure is thrown for the
 * engine. The 202 only says registration was requested: accepted products
 * are pending until the Status API says DONE or ERROR (poll), and the
 * workspace's status counts (tally) let the engine confirm them together.
 * Resending is safe except for create with BLOCK_DUPLICATES (a
 * resend would report the product as a duplicate of itself): those rows
 * are settled through the Status API instead (reconcile-blocked.ts).
 */
export function createProductsAdapter(client: OmnicommerceClient, options: ProductsAdapterOptions): TargetAdapter {
  const wording: OutcomeWording = { language: options.messageLanguage ?? 'en', secrets: options.secrets ?? [] }
  const blocking = options.operation === 'create' && options.blockDuplicates === true
  return {
    service: 'omnicommerce',
    batchSize: OMNICOMMERCE_MAX_ITEMS_PER_REQUEST,
    resendIsSafe: !blocking,
    async send(items: readonly WorkItem[], signal: AbortSignal): Promise<ItemOutcome[]> {
      const outcomes = new Map<number, ItemOutcome>()
      const firstById = new Map<string, ProductRequest>()
      for (const item of items) {
        const request = requestOf(item, options.operation)
        // The service attributes answers by id, so a repeated id can't share a request.
        if (firstById.has(request.id)) outcomes.set(item.index, failedOutcome(item.index, reasonForCode('duplicate-id'), wording))
        else firstById.set(request.id, request)
      }
      const sent = [...firstById.values()]
      if (sent.length > 0) {
        const result = await call(client, options, sent, signal)
        result.items.forEach((answer, i) => {
          const index = sent[i]?.index
          if (index === undefined) return
          outcomes.set(index, answer.ok
            ? { index, state: 'pending', remoteId: answer.id }
            : failedOutcome(index, reasonForProductFailure(answer.error, options.operation), wording))
        })
      }
      return items.map((item) => outcomes.get(item.index) ?? failedOutcome(item.index, reasonForCode('bad-response'), wording))
    },
    pollChunk: STATUS_READS_PER_POLL,
    async poll(pending: readonly PendingRow[], context: CallContext): Promise<ItemOutcome[]> {
      const read = (row: PendingRow) => context.paced((signal) => client.getStatus(row.remoteId, { signal }))
      return Promise.all(pending.map(async (row) => statusOutcome(row, await read(row), options.operation, wording)))
    },
    async tally(context: CallContext): Promise<ServiceTally> {
      const counts = await context.paced((signal) => client.getStatusCount({ signal }))
      return { processing: counts.processing, error: counts.error }
    },
    // A create with BLOCK_DUPLICATES can't be resent blindly; the Status API tells where each row stands.
    ...(blocking
      ? {
          async reconcile(items: readonly WorkItem[], context: CallContext): Promise<ReconcileOutcome[]> {
            const outcomes: ReconcileOutcome[] = []
            for (const item of items) outcomes.push(await reconcileBlockedCreate(client, item, payloadOf(item, isProduct, 'a product'), context, wording))
            return outcomes
          }
        }
      : {})
  }
}
