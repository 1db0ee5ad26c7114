import { writeFile } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CliError } from '../../../src/cli/cli-error'
import { loadMappingFile } from '../../../src/cli/mapping-file'
import { autoMap } from '../../../src/core/mapping'
import type { SheetTable } from '../../../src/shared/sheet'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sheetport-mapping-'))
})

function table(headers: string[], headerIndex = 0): SheetTable {
  const title = headerIndex > 0 ? [{ rowNumber: 1, cells: ['2026 가을 고객 명단'] }] : []
  return { sheetName: 'S', headerIndex, columnCount: headers.length, rows: [...title, { rowNumber: headerIndex + 1, cells: headers }, { rowNumber: headerIndex + 2, cells: headers.map(() => 'x') }] }
}

async function file(content: unknown): Promise<string> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`)
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof CliError ? error.key : String(error))
  )
}

describe('--mapping files', () => {
  it('applies the friendly form on top of the automatic mapping; headers match ignoring case and width', async () => {
    const t = table(['E-Mail Address', 'Given', 'Family', '__proto__', 'Ｍｅｍｏ'])
    const { mapping } = await loadMappingFile(await file({ columns: { given: 'firstName', FAMILY: 'lastName', 'e-mail address': 'email', memo: 'dynamic.memo', __proto__: null }, constants: { receiveEmail: 'yes' } }), t, 'customers:create', 'en')
    expect(mapping.columns).toEqual([
      { kind: 'field', field: 'email' },
      { kind: 'field', field: 'firstName' },
      { kind: 'field', field: 'lastName' },
      { kind: 'ignore' },
      { kind: 'extra', key: 'memo' }
    ])
    expect(mapping.constants).toEqual([{ field: 'receiveEmail', value: 'yes' }])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('takes the full mapping the app saves, on its own header row', async () => {
    const t = table(['이메일', '이름', '성'], 0)
    const saved = autoMap(['이메일', '이름', '성'], 'customers:create', 1)
    const withTitle: SheetTable = { ...t, rows: [{ rowNumber: 1, cells: ['명단'] }, ...t.rows.map((r) => ({ ...r, rowNumber: r.rowNumber + 1 }))] }
    const { table: placed, mapping } = await loadMappingFile(await file(saved), withTitle, 'customers:create', 'ko')
    expect(placed.headerIndex).toBe(1)
    expect(mapping).toEqual(saved)
  })

  it('refuses what cannot work, each with its own message', async () => {
    const t = table(['이메일', '이름', '성', '비밀번호'])
    const refuse = (content: unknown, target: 'customers:create' | 'products:create' = 'customers:create') => file(content).then((path) => refusalOf(loadMappingFile(path, t, target, 'en')))
    expect(await refusalOf(loadMappingFile(join(dir, 'missing.json'), t, 'customers:create', 'en'))).toBe('mapping-file-missing')
    expect(await refuse('{ not json')).toBe('mapping-file-not-json')
    expect(await refuse({ columns: ['email'] })).toBe('mapping-file-shape')
    expect(await refuse({ columns: {}, extra: 1 })).toBe('mapping-file-shape')
    expect(await refuse({ target: 'products:create', columns: {} })).toBe('mapping-wrong-target')
    expect(await refuse({ columns: { 전화: 'phone' } })).toBe('mapping-unknown-column')
    expect(await refuse({ columns: { 이메일: 'emailAddress' } })).toBe('mapping-unknown-field')
    expect(await refuse({ columns: { 이메일: 'dynamic.constructor' } })).toBe('mapping-bad-extra')
    expect(await refuse({ constants: { password: 'Same-For-All-1!' } })).toBe('mapping-secret-constant')
    expect(await refuse(autoMap(['Email', 'Name'], 'customers:create'))).toBe('mapping-other-columns')
    expect(await refuse({ ...autoMap(['이메일', '이름', '성', '비밀번호'], 'customers:create'), constants: [{ field: 'password', value: 'x' }] })).toBe('mapping-secret-constant')
  })
})
