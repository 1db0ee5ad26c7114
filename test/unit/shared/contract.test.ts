import { describe, expect, it } from 'vitest'
import { buildApi, methodPath } from '../../../src/shared/ipc/api'
import { CHANNEL_NAMES, EVENT_NAMES, INVOKE } from '../../../src/shared/ipc/contract'
import { createTestCore } from '../support/test-core'

describe('the IPC contract', () => {
  it('names every channel domain:action in kebab case', () => {
    for (const channel of CHANNEL_NAMES) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/)
    for (const event of EVENT_NAMES) expect(event).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/)
  })

  it('gives every channel a request schema', () => {
    for (const channel of CHANNEL_NAMES) expect(typeof INVOKE[channel].request.safeParse).toBe('function')
  })

  it('has exactly one handler per channel', async () => {
    const { handlers } = await createTestCore()
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort())
  })

  it('has exactly one bridge method per channel, with distinct names', () => {
    const calls: string[] = []
    const api = buildApi(
      async (channel) => {
        calls.push(channel)
        return { ok: true, data: null }
      },
      () => () => {}
    ) as unknown as Record<string, Record<string, () => Promise<unknown>>>
    const paths = CHANNEL_NAMES.map((channel) => methodPath(channel).join('.'))
    expect(new Set(paths).size).toBe(CHANNEL_NAMES.length)
    for (const channel of CHANNEL_NAMES) {
      const [domain, method] = methodPath(channel)
      void api[domain]?.[method]?.()
    }
    expect(calls).toEqual(CHANNEL_NAMES)
  })
})
