import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { spacingGate } from '../../../src/core/targets/intents/spacing-gate'

/** Starts passing the gate and reports whether it has let the request through yet. */
function pass(gate: () => Promise<void>): { readonly through: () => boolean; readonly done: Promise<void> } {
  let through = false
  const done = gate().then(() => {
    through = true
  })
  return { through: () => through, done }
}

describe('the NCLUE spacing gate', () => {
  let clock = 0
  beforeEach(() => {
    vi.useFakeTimers()
    clock = 0
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('holds the second request for the interval plus the cold-start margin, later ones for the interval alone', async () => {
    const gate = spacingGate(1000, () => clock, 250)
    await gate()
    const second = pass(gate)
    await vi.advanceTimersByTimeAsync(1249)
    expect(second.through()).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await second.done
    clock = 1250
    const third = pass(gate)
    await vi.advanceTimersByTimeAsync(999)
    expect(third.through()).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await third.done
  })

  it('lets a request through without waiting when the last one was long enough ago', async () => {
    const gate = spacingGate(1000, () => clock, 250)
    await gate()
    clock = 5_000
    const later = pass(gate)
    expect(vi.getTimerCount()).toBe(0)
    await later.done
  })
})
