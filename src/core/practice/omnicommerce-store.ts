import { OMNICOMMERCE_FAILURE_TEXT } from '../services/omnicommerce/assumptions'
import { checkProduct } from '../services/omnicommerce/check-product'
import type { ProductPatch } from '../services/omnicommerce/types'
import { PRACTICE_TRIGGERS } from './credentials'

/** A product as the emulator keeps it. */
export interface StoredProduct {
  readonly fields: Readonly<Record<string, unknown>>
  /** When it was last written (create or update); drives PROCESSING → DONE. */
  readonly writtenAt: number
}

/** Status API view of one product (§3.6). */
export interface EmulatedStatus {
  readonly status: 'DONE' | 'PROCESSING' | 'ERROR' | 'DELETE'
  readonly errors?: string
  readonly requestInfo?: Readonly<Record<string, unknown>>
}

/** Treats an untrusted JSON item as a product patch for checking (fields of the wrong type are caught by checkProduct). */
function asPatch(item: unknown): ProductPatch | null {
  return typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as ProductPatch) : null
}

/**
 * The emulated OMNICOMMERCE workspace: per-item create (upsert or
 * BLOCK_DUPLICATES), partial update, delete, and the Status API view.
 * Each write returns the failureList text for that item, or null if accepted.
 */
export class OmnicommerceStore {
  readonly products = new Map<string, StoredProduct>()
  readonly deleted = new Set<string>()

  constructor(
    private readonly processingMs: number,
    private readonly now: () => number
  ) {}

  /** POST one item. */
  create(item: unknown, blockDuplicates: boolean): string | null {
    const patch = asPatch(item)
    if (patch === null || checkProduct(patch, 'create').length > 0) return OMNICOMMERCE_FAILURE_TEXT.badRequest
    if (patch.url?.includes(PRACTICE_TRIGGERS.omnicommerceImageUnreachable) === true) return OMNICOMMERCE_FAILURE_TEXT.imageUnreachable
    if (blockDuplicates && this.products.has(patch.id)) return OMNICOMMERCE_FAILURE_TEXT.duplicateBlocked
    this.products.set(patch.id, { fields: { ...patch }, writtenAt: this.now() })
    this.deleted.delete(patch.id)
    return null
  }

  /** PUT one item: only the fields sent change; metadata is merged key by key (seed 003 example). */
  update(item: unknown): string | null {
    const patch = asPatch(item)
    if (patch === null || checkProduct(patch, 'update').length > 0) return OMNICOMMERCE_FAILURE_TEXT.badRequest
    const existing = this.products.get(patch.id)
    if (existing === undefined) return OMNICOMMERCE_FAILURE_TEXT.unknownId
    if (patch.url?.includes(PRACTICE_TRIGGERS.omnicommerceImageUnreachable) === true) return OMNICOMMERCE_FAILURE_TEXT.imageUnreachable
    const oldMeta = (existing.fields.metadata ?? {}) as Record<string, unknown>
    const merged: Record<string, unknown> = { ...existing.fields, ...patch }
    if (patch.metadata !== undefined) merged.metadata = { ...oldMeta, ...patch.metadata }
    this.products.set(patch.id, { fields: merged, writtenAt: this.now() })
    return null
  }

  /** DELETE one id. */
  remove(id: unknown): string | null {
    if (typeof id !== 'string' || !this.products.has(id)) return OMNICOMMERCE_FAILURE_TEXT.unknownId
    this.products.delete(id)
    this.deleted.add(id)
    return null
  }

  /** Status API view, or null when the id was never seen. */
  status(id: string): EmulatedStatus | null {
    if (this.deleted.has(id)) return { status: 'DELETE' }
    const stored = this.products.get(id)
    if (stored === undefined) return null
    if (this.now() - stored.writtenAt < this.processingMs) return { status: 'PROCESSING' }
    const url = stored.fields.url
    if (typeof url === 'string' && url.includes(PRACTICE_TRIGGERS.omnicommerceImageError)) {
      return { status: 'ERROR', errors: OMNICOMMERCE_FAILURE_TEXT.imageUnreachable }
    }
    const { url: u, detection, salesUrl, mobileSalesUrl, metadata } = stored.fields
    return { status: 'DONE', requestInfo: { id, url: u, detection, salesUrl, mobileSalesUrl, metadata } }
  }

  /** status-count answer. */
  counts(): { done: number; processing: number; error: number } {
    const tally = { done: 0, processing: 0, error: 0 }
    for (const id of this.products.keys()) {
      const s = this.status(id)?.status
      if (s === 'DONE') tally.done++
      else if (s === 'PROCESSING') tally.processing++
      else if (s === 'ERROR') tally.error++
    }
    return tally
  }
}
