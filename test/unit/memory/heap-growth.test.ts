import { describe, expect, it, vi } from 'vitest'

const setFlagsFromString = vi.fn()
vi.mock('node:v8', async (original) => ({ ...(await original<typeof import('node:v8')>()), setFlagsFromString }))

describe('growHeapSlowly', () => {
  it("sets V8's heap growth to 20 % past the live heap, the flag the parser process is started with", async () => {
    const { growHeapSlowly, HEAP_GROWTH_FLAG } = await import('../../../src/core/memory/heap-growth')
    growHeapSlowly()
    expect(HEAP_GROWTH_FLAG).toBe('--heap-growing-percent=20')
    expect(setFlagsFromString).toHaveBeenCalledWith(HEAP_GROWTH_FLAG)
  })
})
