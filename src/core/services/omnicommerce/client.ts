import { z } from 'zod'
import { errorFromAnswer, type DescribeError } from '../../http/answer-error'
import { callService, parseAnswer } from '../../http/call-service'
import { requestJson, type JsonRequest, type RequestLogLine } from '../../http/request-json'
import { ServiceError } from '../../http/service-error'
import { InvalidInputError } from '../field-issue'
import {
  OMNICOMMERCE,
  OMNICOMMERCE_BLOCK_DUPLICATES,
  OMNICOMMERCE_DEFAULT_BASE_URL,
  OMNICOMMERCE_ERROR_FIELD,
  OMNICOMMERCE_MAX_ITEMS_PER_REQUEST,
  OMNICOMMERCE_STATUSES
} from './assumptions'
import { attributeSummary, batchSummarySchema } from './batch-summary'
import { checkProductId } from './check-product'
import type { BatchResult, ProductInput, ProductPatch, ProductStatus, StatusCount } from './types'

/** How to reach OMNICOMMERCE. */
export interface OmnicommerceClientOptions {
  readonly apiKey: string
  /** Defaults to OMNICOMMERCE_DEFAULT_BASE_URL; the practice emulator gives its own. */
  readonly baseUrl?: string
  readonly timeoutMs?: number
  readonly maxBodyBytes?: number
  readonly fetch?: typeof fetch
  readonly log?: (line: RequestLogLine) => void
}

/** Per-call options. */
export interface CallOptions {
  readonly signal?: AbortSignal
}

/** §3.7 ASSUMPTION: error bodies are `{"errors": "<string>"}`. */
const describeOmnicommerceError: DescribeError = (answer) => {
  const body = z.object({ [OMNICOMMERCE_ERROR_FIELD]: z.union([z.string(), z.array(z.string())]) }).safeParse(answer.body)
  const serverMessage = body.success ? [body.data[OMNICOMMERCE_ERROR_FIELD]].flat().join('; ') : undefined
  const hint = answer.status === 401 || answer.status === 403 ? 'Check the OMNICOMMERCE API key (Workspace Management → auth key).' : undefined
  return { serverMessage, hint }
}

const statusSchema = z.object({
  id: z.string().optional(),
  status: z.enum(OMNICOMMERCE_STATUSES),
  errors: z.string().optional(),
  requestInfo: z.record(z.string(), z.unknown()).optional()
})
const statusCountSchema = z.object({ done: z.number(), processing: z.number(), error: z.number() })

/** Throws a programming error unless 1–100 items with distinct ids (attribution needs distinct ids). */
function assertBatch(ids: readonly string[]): void {
  if (ids.length === 0 || ids.length > OMNICOMMERCE_MAX_ITEMS_PER_REQUEST) {
    throw new RangeError(`An OMNICOMMERCE batch must hold 1–${OMNICOMMERCE_MAX_ITEMS_PER_REQUEST} items; got ${ids.length}.`)
  }
  if (new Set(ids).size !== ids.length) throw new RangeError('An OMNICOMMERCE batch must not repeat a product id.')
}

/**
 * OMNICOMMERCE Data Management client: one HTTP request per call, no retries,
 * no pacing; results attributed per product id, failures as ServiceError.
 */
export class OmnicommerceClient {
  private readonly baseUrl: string

  constructor(private readonly options: OmnicommerceClientOptions) {
    this.baseUrl = (options.baseUrl ?? OMNICOMMERCE_DEFAULT_BASE_URL).replace(/\/+$/, '')
  }

  /** POST /management/products: registers up to 100 products; upsert unless blockDuplicates. */
  async createProducts(products: readonly ProductInput[], options: CallOptions & { readonly blockDuplicates?: boolean } = {}): Promise<BatchResult> {
    const block = options.blockDuplicates === true
    const json = block ? { options: [OMNICOMMERCE_BLOCK_DUPLICATES], products } : { products }
    // Without BLOCK_DUPLICATES a resend overwrites with the same data: idempotent. With it, a
    // resend after an unseen success reports 'Block duplicate products.' — no harm, but not idempotent.
    return this.batch('create products', 'POST', products.map((p) => p.id), json, !block, options)
  }

  /** PUT /management/products: partial update; only the fields present in each patch change. */
  async updateProducts(patches: readonly ProductPatch[], options: CallOptions = {}): Promise<BatchResult> {
    return this.batch('update products', 'PUT', patches.map((p) => p.id), { products: patches }, true, options)
  }

  /** DELETE /management/products with `{productIds}`. */
  async deleteProducts(ids: readonly string[], options: CallOptions = {}): Promise<BatchResult> {
    return this.batch('delete products', 'DELETE', ids, { productIds: ids }, true, options)
  }

  /** GET /management/status/{id}: the product's processing status, or null when the service does not know it. */
  async getStatus(productId: string, options: CallOptions = {}): Promise<ProductStatus | null> {
    const issues = checkProductId(productId)
    if (issues.length > 0) throw new InvalidInputError(OMNICOMMERCE, issues)
    const req = this.request('read product status', 'GET', `/management/status/${encodeURIComponent(productId)}`, undefined, true, options)
    const answer = await requestJson(req)
    if (answer.status === 404) return null
    if (answer.status < 200 || answer.status >= 300) throw errorFromAnswer(req, answer, describeOmnicommerceError(answer))
    const parsed = parseAnswer(req, answer, statusSchema)
    return { ...parsed, id: parsed.id ?? productId }
  }

  /** GET /management/status-count: also the cheapest "test connection" call. */
  async getStatusCount(options: CallOptions = {}): Promise<StatusCount> {
    return callService(this.request('read status counts', 'GET', '/management/status-count', undefined, true, options), statusCountSchema, describeOmnicommerceError)
  }

  private async batch(operation: string, method: 'POST' | 'PUT' | 'DELETE', ids: readonly string[], json: unknown, idempotent: boolean, options: CallOptions): Promise<BatchResult> {
    assertBatch(ids)
    const req = this.request(operation, method, '/management/products', json, idempotent, options)
    const summary = await callService(req, batchSummarySchema, describeOmnicommerceError)
    const result = attributeSummary(ids, summary)
    if ('problem' in result) {
      throw new ServiceError({ kind: 'bad-response', service: OMNICOMMERCE, status: 202, ambiguous: true, idempotent, secrets: req.secrets,
        message: `${OMNICOMMERCE} answered '${operation}' with a summary that does not add up (${result.problem}); check these products' status before resending.` })
    }
    return result
  }

  private request(operation: string, method: JsonRequest['method'], path: string, json: unknown, idempotent: boolean, options: CallOptions): JsonRequest {
    const o = this.options
    return {
      service: OMNICOMMERCE, operation, method, url: `${this.baseUrl}${path}`, json, idempotent,
      headers: { 'X-Api-Key': o.apiKey }, secrets: [o.apiKey],
      timeoutMs: o.timeoutMs, maxBodyBytes: o.maxBodyBytes, fetch: o.fetch, log: o.log, signal: options.signal
    }
  }
}
