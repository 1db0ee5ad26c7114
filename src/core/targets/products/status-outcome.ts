import type { ProductStatus } from '../../services/omnicommerce/types'
import type { ItemOutcome, PendingRow } from '../../upload/target-adapter'
import { failedOutcome, type OutcomeWording } from '../outcomes'
import { reasonForCode, reasonForProductFailure, type ProductOperation } from '../reasons'

/**
 * What the Status API's answer about one product means for a row that was
 * sent with `operation` and accepted at the 202: DONE is accepted; ERROR
 * failed with the service's reason in plain words; PROCESSING, or an id the
 * service does not list yet, is still pending. DELETE (KR page only) ends a
 * delete, and fails a create or update: the product went away before its
 * registration finished.
 */
export function statusOutcome(row: PendingRow, status: ProductStatus | null, operation: ProductOperation, wording: OutcomeWording): ItemOutcome {
  const pending: ItemOutcome = { index: row.index, state: 'pending', remoteId: row.remoteId }
  if (operation === 'delete') {
    if (status === null || status.status === 'DELETE') return { index: row.index, state: 'accepted', remoteId: row.remoteId }
    return status.status === 'ERROR' ? serviceError(row, status, operation, wording) : pending
  }
  if (status === null || status.status === 'PROCESSING') return pending
  if (status.status === 'DONE') return { index: row.index, state: 'accepted', remoteId: row.remoteId }
  if (status.status === 'ERROR') return serviceError(row, status, operation, wording)
  return failedOutcome(row.index, reasonForCode('product-deleted-since'), wording)
}

/** A product the service ended in ERROR: its own text rewritten, or a general sentence when it gave none. */
export function serviceError(row: Pick<PendingRow, 'index'>, status: ProductStatus, operation: ProductOperation, wording: OutcomeWording): ItemOutcome {
  const text = status.errors?.trim() ?? ''
  return failedOutcome(row.index, text === '' ? reasonForCode('product-processing-failed') : reasonForProductFailure(text, operation), wording)
}
