import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../../src/core/app/dispatch'
import type { Handlers } from '../../../src/core/app/handlers/types'
import { AppError } from '../../../src/shared/errors'
import { createTestCore } from '../support/test-core'

describe('dispatch', () => {
  it('refuses a channel that is not in the contract, including prototype names', async () => {
    const { handlers } = await createTestCore()
    for (const channel of ['nope:nothing', '__proto__', 'constructor', 'toString', 42, null]) {
      await expect(dispatch(handlers, channel, undefined)).resolves.toMatchObject({ ok: false, code: 'unknown-channel' })
    }
  })

  it('passes an AppError through with its code, message and params', async () => {
    const { handlers } = await createTestCore()
    const failing: Handlers = {
      ...handlers,
      'app:info': () => {
        throw new AppError('connection-missing', 'Choose a connection first.', { service: 'occ' })
      }
    }
    await expect(dispatch(failing, 'app:info', undefined)).resolves.toEqual({
      ok: false,
      code: 'connection-missing',
      message: 'Choose a connection first.',
      params: { service: 'occ' }
    })
  })

  it('hides the details of an unexpected error behind a generic message', async () => {
    const { handlers } = await createTestCore()
    const sink = vi.fn()
    const failing: Handlers = {
      ...handlers,
      'app:info': () => {
        throw new Error('ECONNREFUSED with X-Api-Key: sk-secret-123 at /home/user/file.xlsx')
      }
    }
    const result = await dispatch(failing, 'app:info', undefined, sink)
    expect(result).toMatchObject({ ok: false, code: 'internal' })
    expect(JSON.stringify(result)).not.toContain('sk-secret-123')
    expect(sink).toHaveBeenCalledWith('app:info', expect.any(Error))
  })
})
