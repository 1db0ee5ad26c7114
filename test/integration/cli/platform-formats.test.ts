import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './support'

const FIXTURES = join('test', 'fixtures', 'platform-exports')

describe('CLI: platform exports', () => {
  it('--dry-run names the recognised format and maps its columns by the preset', async () => {
    const run = await runCli(['import', join(FIXTURES, 'shopify', 'customers-export.csv'), '--target', 'customers:create', '--dry-run'])
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('Recognised format: Shopify customer export.')
    expect(run.stdout).toMatch(/Checked 5 rows/)
  })

  it('names a Korean platform in Korean, and nothing for a sheet of its own', async () => {
    const cafe24 = await runCli(['import', join(FIXTURES, 'cafe24', 'products-export.csv'), '--target', 'products:update', '--dry-run', '--ui-lang', 'ko'])
    expect(cafe24.stdout).toContain('알아본 형식: 카페24 상품 엑셀.')
    const other = await runCli(['import', join(FIXTURES, 'prestashop', 'customers-import-sample.csv'), '--target', 'products:update', '--dry-run'])
    expect(other.stdout).not.toContain('Recognised format')
  })
})
