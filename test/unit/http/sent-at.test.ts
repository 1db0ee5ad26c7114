import { describe, expect, it } from 'vitest'
import { observeSending } from '../../../src/core/http/sent-at'
import { withArrivalServer } from '../upload/support/arrival-server'

describe('observeSending', () => {
  it('tells the moment each fetch inside it was written out: after it started, by the time the server had it', async () => {
    await withArrivalServer(async (url, arrivals) => {
      const seen: number[] = []
      const before = Date.now()
      await observeSending(
        (at) => seen.push(at),
        async () => {
          await (await fetch(url, { method: 'POST', body: 'x'.repeat(50_000) })).text()
          await (await fetch(url, { method: 'POST', body: 'y' })).text()
        }
      )
      expect(seen).toHaveLength(2)
      expect(seen[0]).toBeGreaterThanOrEqual(before)
      expect(seen[0]).toBeLessThanOrEqual(arrivals[0] ?? 0)
      expect(seen[1]).toBeLessThanOrEqual(arrivals[1] ?? 0)
    })
  })

  it('keeps concurrent work apart, and says nothing about a fetch made outside it', async () => {
    await withArrivalServer(async (url) => {
      const a: number[] = []
      const b: number[] = []
      const send = async (): Promise<void> => void (await (await fetch(url, { method: 'POST', body: '{}' })).text())
      await Promise.all([observeSending((at) => a.push(at), send), observeSending((at) => b.push(at), async () => (await send(), send())), send()])
      expect(a).toHaveLength(1)
      expect(b).toHaveLength(2)
    })
  })
})
