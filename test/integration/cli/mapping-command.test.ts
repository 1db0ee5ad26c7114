import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { autoMapTable } from '../../../src/core/mapping'
import { createSheetReader } from '../../../src/core/sheets'
import { loadMappingFile } from '../../../src/cli/mapping-file'
import { tempDir } from './fixtures'
import { expectRefusal, REPO, runCli } from './support'

const CAFE24 = join(REPO, 'test/fixtures/platform-exports/cafe24/products-export.csv')
const SHOPIFY_CUSTOMERS = join(REPO, 'test/fixtures/platform-exports/shopify/customers-export.csv')

let dir: string
beforeAll(async () => {
  dir = await tempDir()
})

/** The header row of a collected export alone, as a file: what `mapping` must handle too. */
async function headerOnly(source: string, name: string): Promise<string> {
  const header = (await readFile(source, 'utf8')).split(/\r?\n/)[0] ?? ''
  const path = join(dir, name)
  await writeFile(path, `${header}\n`)
  return path
}

describe('mapping <file> --target T', () => {
  it('prints the automatic mapping of a Cafe24 export in the short form, naming the format on stderr', async () => {
    const run = await runCli(['mapping', CAFE24, '--target', 'products:create'])
    expect(run.code, run.stderr).toBe(0)
    const form = JSON.parse(run.stdout) as { target: string; columns: Record<string, string | null>; constants: Record<string, string> }
    expect(Object.keys(form)).toEqual(['target', 'columns', 'constants'])
    expect(form.target).toBe('products:create')
    expect(form.columns).toMatchObject({ 상품코드: 'id', 판매가: 'metadata.salesPrice', 소비자가: 'metadata.originPrice', 공급가: null })
    expect(run.stderr).toContain('Recognised: Cafe24 product export.')
    expect(run.stderr).toContain('pass it back with --mapping')
  })

  it('reads a file that holds only a header row; --json is one line on stdout, in Korean messages too', async () => {
    const file = await headerOnly(SHOPIFY_CUSTOMERS, 'shopify-customers-header.csv')
    const run = await runCli(['mapping', file, '--target', 'customers:create', '--json', '--ui-lang', 'ko'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
    const form = JSON.parse(run.stdout) as { columns: Record<string, string | null> }
    expect(form.columns).toMatchObject({ Email: 'email', 'First Name': 'firstName', 'Last Name': 'lastName', 'Customer ID': null })
    expect(run.stderr).toContain('Shopify')
    expect(run.stderr).toContain('--mapping으로 넘기세요')
  })

  it('what it prints, saved and passed back with --mapping, is the same mapping, and an edit to it is applied', async () => {
    const run = await runCli(['mapping', CAFE24, '--target', 'products:create'])
    expect(run.code, run.stderr).toBe(0)
    const saved = join(dir, 'cafe24-mapping.json')
    await writeFile(saved, run.stdout)
    const reader = createSheetReader()
    const table = await reader.readSheet(new Uint8Array(await readFile(CAFE24)), 'products-export.csv').then((r) => r.table).finally(() => reader.close())
    const auto = autoMapTable(table, 'products:create')
    const back = await loadMappingFile(saved, table, 'products:create', 'en')
    expect(back.mapping.columns).toEqual(auto.columns)
    expect(back.mapping.constants).toEqual(auto.constants)

    const form = JSON.parse(run.stdout) as { columns: Record<string, string | null>; constants: Record<string, string> }
    const edited = join(dir, 'cafe24-edited.json')
    await writeFile(edited, JSON.stringify({ ...form, columns: { ...form.columns, 모델명: null, '자체 상품코드': 'metadata.productNumber' } }))
    const changed = await loadMappingFile(edited, table, 'products:create', 'en')
    const headers = changed.mapping.headers
    expect(changed.mapping.columns[headers.indexOf('자체 상품코드')]).toEqual({ kind: 'field', field: 'metadata.productNumber' })
    expect(changed.mapping.columns[headers.indexOf('모델명')]).toEqual({ kind: 'ignore' })
  })

  it('keeps a header such as __proto__ as an ordinary column', async () => {
    const path = join(dir, 'proto.csv')
    await writeFile(path, '__proto__,Email,Name\n')
    const run = await runCli(['mapping', path, '--target', 'customers:create', '--json'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('"__proto__":null')
  })

  it('refuses what it cannot do in one line: no target, an option of import, no file', async () => {
    expectRefusal(await runCli(['mapping', CAFE24]), /Say where the rows go with --target/)
    expectRefusal(await runCli(['mapping', CAFE24, '--target', 'products:create', '--dry-run']), /--dry-run is for import; mapping takes only --target, --sheet and --json\./)
    expectRefusal(await runCli(['mapping', '--target', 'products:create']), /Give the spreadsheet/)
  })
})
