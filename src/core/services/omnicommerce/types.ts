import type { OMNICOMMERCE_STATUSES } from './assumptions'

/** A metadata value as the service types them (§3.5): String, Number or List[String]. */
export type MetadataValue = string | number | readonly string[]

/** Product metadata (§3.5); extra keys are allowed (the vendor adds fields on request). */
export type ProductMetadata = Readonly<Record<string, MetadataValue>>

/** A product to register (POST). `detection` is one of OMNICOMMERCE_DETECTIONS. */
export interface ProductInput {
  readonly id: string
  /** Main product image URL. */
  readonly url: string
  readonly detection: string
  /** Product page URL. */
  readonly salesUrl: string
  readonly mobileSalesUrl?: string
  readonly metadata?: ProductMetadata
}

/** A partial update (PUT): only the fields present are changed. */
export interface ProductPatch {
  readonly id: string
  readonly url?: string
  readonly detection?: string
  readonly salesUrl?: string
  readonly mobileSalesUrl?: string
  readonly metadata?: ProductMetadata
}

/** What happened to one product of a batch, attributed by id. */
export type ItemResult = { readonly id: string; readonly ok: true } | { readonly id: string; readonly ok: false; readonly error: string }

/** A batch answer (202 summary), item by item in the order the ids were sent. */
export interface BatchResult {
  readonly accepted: number
  readonly failed: number
  readonly items: readonly ItemResult[]
}

/** Status API value (§3.6). */
export type ProductStatusValue = (typeof OMNICOMMERCE_STATUSES)[number]

/** Status API answer for one product (§3.6). */
export interface ProductStatus {
  readonly id: string
  readonly status: ProductStatusValue
  /** Only when status is ERROR. */
  readonly errors?: string
  /** The original request echoed back, only when DONE. */
  readonly requestInfo?: Readonly<Record<string, unknown>>
}

/** Status API counts (§3.6). */
export interface StatusCount {
  readonly done: number
  readonly processing: number
  readonly error: number
}
