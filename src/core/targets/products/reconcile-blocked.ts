import type { OmnicommerceClient } from '../../services/omnicommerce/client'
import type { ProductInput, ProductStatus } from '../../services/omnicommerce/types'
import type { CallContext, ReconcileOutcome, WorkItem } from '../../upload/target-adapter'
import { failedOutcome, type OutcomeWording } from '../outcomes'
import { reasonForCode } from '../reasons'
import { serviceError } from './status-outcome'

/** Whether the service's echo of a product is the row's own request (the fields a create sets). */
function sameRequest(info: Readonly<Record<string, unknown>> | undefined, product: ProductInput): boolean {
  if (info === undefined) return false
  return info['url'] === product.url && info['detection'] === product.detection && (info['salesUrl'] ?? undefined) === (product.salesUrl ?? undefined)
}

/**
 * Settles a create sent with BLOCK_DUPLICATES whose answer was lost, through
 * the Status API (a resend would be refused as a duplicate of itself): an id
 * the service does not know was not created (send it again); one being
 * processed, or done with this row's own request, was created by it; done
 * with another request means the product was there before (refused, as
 * BLOCK_DUPLICATES asks); an error is the service's reason. A product
 * still processing is pending, to be followed like the rest.
 */
export async function reconcileBlockedCreate(client: OmnicommerceClient, item: WorkItem, product: ProductInput, context: CallContext, wording: OutcomeWording): Promise<ReconcileOutcome> {
  const status: ProductStatus | null = await context.paced((signal) => client.getStatus(product.id, { signal }))
  if (status === null || status.status === 'DELETE') return { index: item.index, state: 'absent' }
  if (status.status === 'ERROR') return serviceError(item, status, 'create', wording)
  if (status.status === 'PROCESSING') return { index: item.index, state: 'pending', remoteId: product.id }
  if (sameRequest(status.requestInfo, product)) return { index: item.index, state: 'accepted', remoteId: product.id }
  return failedOutcome(item.index, reasonForCode('product-exists'), wording)
}
