import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { dispatch } from '../../../src/core/app/dispatch'
import type { IpcResult } from '../../../src/shared/errors'
import type { ImportView } from '../../../src/shared/import-view'
import type { JobView } from '../../../src/shared/jobs'
import { createTestCore } from '../../unit/support/test-core'
import { PRODUCT_HEADERS, productRows } from './support'

let core: Awaited<ReturnType<typeof createTestCore>>
beforeAll(async () => {
  core = await createTestCore()
})
afterAll(async () => core.close())

const call = <T>(channel: string, request?: unknown) => dispatch(core.handlers, channel, request) as Promise<IpcResult<T>>

describe('starting the same file twice', () => {
  it('sends it once: a double click on Start is refused while the first upload runs', async () => {
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([[...PRODUCT_HEADERS], ...productRows(3)]), 'Sheet1')
    const bytes = new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
    const opened = await call<ImportView>('import:open', { fileName: '상품.xlsx', bytes })
    if (!opened.ok) throw new Error(opened.message)
    const { sessionId } = opened.data
    await call('import:set-target', { sessionId, target: 'products:create' })
    const [first, second] = await Promise.all([
      call<JobView>('jobs:start', { sessionId, connectionId: 'practice-omnicommerce' }),
      call<JobView>('jobs:start', { sessionId, connectionId: 'practice-omnicommerce' })
    ])
    expect([first, second].filter((a) => !a.ok).map((a) => (a.ok ? '' : a.code))).toEqual(['jobs.already-sending'])
    expect([first, second].find((a) => !a.ok)).toMatchObject({ code: 'jobs.already-sending' })
    const list = await call<JobView[]>('jobs:list')
    expect(list.ok && list.data.length).toBe(1)
  })
})
