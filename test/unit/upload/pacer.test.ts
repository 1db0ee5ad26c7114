import { describe, expect, it } from 'vitest'
import { Pacer, PacerClosedError } from '../../../src/core/upload/pacer'
import { maxInWindow } from './support/fake-service'
import { withArrivalServer } from './support/arrival-server'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('Pacer', () => {
  it('never starts more than intervalCap requests in any sliding interval, and never more than concurrency at once', async () => {
    const pacer = new Pacer({ intervalCap: 3, intervalMs: 100 }, 4)
    const starts: number[] = []
    let running = 0
    let maxRunning = 0
    await Promise.all(
      Array.from({ length: 24 }, () =>
        pacer.request(async (at) => {
          starts.push(at)
          maxRunning = Math.max(maxRunning, ++running)
          await sleep(5 + Math.random() * 30)
          running--
        })
      )
    )
    expect(pacer.requests).toBe(24)
    // The pacer checks the window on the very reading it hands out, so the guarantee is exact.
    expect(maxInWindow(starts, 100)).toBeLessThanOrEqual(3)
    expect(maxRunning).toBeLessThanOrEqual(4)
    pacer.close()
  })

  it('keeps the window across pace changes (the gate swap waits one new interval after the last start)', async () => {
    const pacer = new Pacer({ intervalCap: 1, intervalMs: 10 }, 6)
    const starts: Array<{ at: number; interval: number }> = []
    const all = Array.from({ length: 40 }, () => pacer.request(async (at) => void starts.push({ at, interval: pacer.window.intervalMs })))
    const paces = [40, 15, 60, 20, 35]
    for (const interval of paces) {
      await sleep(70)
      pacer.setWindow({ intervalCap: 1, intervalMs: interval })
    }
    await Promise.all(all)
    expect(starts).toHaveLength(40)
    for (let i = 1; i < starts.length; i++) {
      const gap = (starts[i]?.at ?? 0) - (starts[i - 1]?.at ?? 0)
      expect(gap).toBeGreaterThanOrEqual(starts[i]?.interval ?? 0)
    }
    pacer.close()
  })

  it('keys the window on the moments requests were written out: one that leaves late moves the next window with it', async () => {
    await withArrivalServer(async (url, arrivals) => {
      const pacer = new Pacer({ intervalCap: 2, intervalMs: 100 }, 4)
      const sends: Array<{ startedAt: number; sentAt: number }> = []
      // The first request leaves 60 ms after its permit, like one opening a slow new connection.
      await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          pacer.request(async (startedAt) => {
            if (i === 0) await sleep(60)
            const sentAt = Date.now()
            await (await fetch(url, { method: 'POST', body: JSON.stringify({ i }) })).text()
            sends.push({ startedAt, sentAt })
          })
        )
      )
      const starts = sends.map((s) => s.startedAt).sort((a, b) => a - b)
      // The third request waits a window after the first one actually left, not after its permit.
      expect((starts[2] ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(100 + 60 - 1)
      // At the server too, but for the few ms from socket to its event loop that ARRIVAL_SLACK_MS covers in the app.
      expect(maxInWindow(arrivals, 100 - 5)).toBeLessThanOrEqual(2)
      pacer.close()
    })
  })

  it('counts a request made before it existed (noted by when it left) in the window, in time order among the rest', async () => {
    const pacer = new Pacer({ intervalCap: 2, intervalMs: 400 }, 4)
    const first = await pacer.request(async (at) => at)
    pacer.noteEarlier(first - 200) // left before the first request: the window holds two now
    const third = await pacer.request(async (at) => at)
    expect(pacer.requests).toBe(3)
    // The oldest of the two the window holds is the earlier one, 200 ms before the first: the next waits for it, not for the first.
    expect(third - (first - 200)).toBeGreaterThanOrEqual(400)
    expect(third - first).toBeLessThan(400)
    pacer.close()
  })

  it('widens the window after each refusal at a fixed pace: 10 ms a second of window, then doubling, at most 200 ms', async () => {
    const pacer = new Pacer({ intervalCap: 1, intervalMs: 100 }, 2)
    expect(pacer.wideningMs).toBe(0)
    pacer.widen()
    expect(pacer.wideningMs).toBe(10)
    pacer.widen()
    expect(pacer.wideningMs).toBe(20)
    for (let i = 0; i < 10; i++) pacer.widen()
    expect(pacer.wideningMs).toBe(200)
    const [first = 0, second = 0] = await Promise.all([pacer.request(async (at) => at), pacer.request(async (at) => at)])
    // 200 ms a second of window: a window of 100 ms lasts 120 ms.
    expect(Math.abs(second - first)).toBeGreaterThanOrEqual(100 + 20 - 1)
    pacer.close()
  })

  it('holds every request for a Retry-After; a later, longer hold extends it and a shorter one does not shorten it', async () => {
    const pacer = new Pacer({ intervalCap: 10, intervalMs: 10 }, 4)
    const t0 = Date.now()
    pacer.holdFor(80, t0)
    pacer.holdFor(20, t0)
    expect(pacer.heldUntil()).toBe(t0 + 80)
    const started = await pacer.request(async (at) => at)
    expect(started - t0).toBeGreaterThanOrEqual(79)
    pacer.close()
  })

  it('a hold stops the permits already out of the gate too, when requests leave slower than the gate hands them out', async () => {
    // Each request is still on its way out when the next permit is due, so the next waits for it while p-queue's
    // cadence runs ahead: permits pile up, out of the gate, waiting for the window. A refusal then holds them all.
    const pacer = new Pacer({ intervalCap: 1, intervalMs: 20 }, 4)
    const starts: number[] = []
    let heldAt = 0
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        pacer
          .request(async (at) => {
            starts.push(at)
            await sleep(40)
            if (i === 8) throw new Error('429')
          })
          .catch(() => {
            heldAt = Date.now()
            pacer.holdFor(300)
          })
      )
    )
    // At most the one permit taken in the very moment of the refusal starts during the hold.
    expect(starts.filter((at) => at > heldAt && at < heldAt + 300 - 1)).toEqual([])
    expect(starts.filter((at) => at === heldAt).length).toBeLessThanOrEqual(1)
    pacer.close()
  })

  it('pause reasons are independent: the gate opens only when every reason is lifted', async () => {
    const pacer = new Pacer({ intervalCap: 10, intervalMs: 10 }, 4)
    pacer.pause('user')
    pacer.pause('auth')
    let ran = false
    const request = pacer.request(async () => void (ran = true))
    await sleep(30)
    pacer.resume('user')
    await sleep(30)
    expect(ran).toBe(false)
    pacer.resume('auth')
    await request
    expect(ran).toBe(true)
    pacer.close()
  })

  it('close() drops waiting requests unsent and lets running ones finish', async () => {
    const pacer = new Pacer({ intervalCap: 1, intervalMs: 200 }, 4)
    let finished = 0
    const first = pacer.request(async () => {
      await sleep(40)
      finished++
    })
    const waiting = [pacer.request(async () => void finished++), pacer.request(async () => void finished++)]
    await sleep(10)
    expect(pacer.waiting).toBe(2)
    pacer.close()
    for (const w of waiting) await expect(w).rejects.toBeInstanceOf(PacerClosedError)
    await first
    expect(finished).toBe(1)
    expect(pacer.requests).toBe(1)
    await expect(pacer.request(async () => 1)).rejects.toBeInstanceOf(PacerClosedError)
  })
})
