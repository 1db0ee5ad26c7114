import { describe, expect, it } from 'vitest'
import type { OmnicommerceClient } from '../../../src/core/services/omnicommerce/client'
import type { BatchResult, ProductInput } from '../../../src/core/services/omnicommerce/types'
import { createProductsAdapter } from '../../../src/core/targets'
import { hasStringField, payloadOf } from '../../../src/core/targets/outcomes'
import type { WorkItem } from '../../../src/core/upload'

/** A work item that builds a fresh payload on every read, as a job's items do, counting the reads. */
function countingItem(index: number, id: string): WorkItem & { reads: number } {
  return {
    index,
    key: id,
    reads: 0,
    get payload() {
      this.reads++
      return { id, url: `https://img.example/${id}.jpg`, detection: 'TOP', salesUrl: `https://shop.example/${id}`, read: this.reads }
    }
  }
}

describe('payloads that are built on each read', () => {
  it('payloadOf reads the payload once and returns the very body it checked', () => {
    const item = countingItem(0, 'A-1')
    const payload = payloadOf(item, (p): p is { id: string; read: number } => hasStringField(p, 'id'), 'a product')
    expect(item.reads).toBe(1)
    expect(payload.read).toBe(1)
  })

  it('the products adapter builds each row’s product once per send, and sends one body per row', async () => {
    const sent: (readonly ProductInput[])[] = []
    const client = {
      createProducts: async (products: readonly ProductInput[]): Promise<BatchResult> => {
        sent.push(products)
        return { accepted: products.length, failed: 0, items: products.map((p) => ({ id: p.id, ok: true as const })) }
      }
    } as unknown as OmnicommerceClient
    const items = [countingItem(0, 'A-1'), countingItem(1, 'A-2'), countingItem(2, 'A-1')]
    const outcomes = await createProductsAdapter(client, { operation: 'create' }).send(items, new AbortController().signal)
    expect(items.map((i) => i.reads)).toEqual([1, 1, 1])
    expect(sent).toEqual([[expect.objectContaining({ id: 'A-1', read: 1 }), expect.objectContaining({ id: 'A-2', read: 1 })]])
    expect(outcomes.map((o) => [o.index, o.state])).toEqual([[0, 'pending'], [1, 'pending'], [2, 'failed']])
  })
})
