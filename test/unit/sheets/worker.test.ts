import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildSync } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'
import { createSheetReader, type SheetReader, type SheetReaderOptions } from '../../../src/core/sheets'
import { resolveWorkerScript } from '../../../src/core/sheets/worker-script'
import { ascii, concat, CP949, textBytes, xlsxBytes } from './fixtures'

const dir = mkdtempSync(join(tmpdir(), 'sheetport-sheets-'))
const readers: SheetReader[] = []
afterAll(async () => {
  await Promise.all(readers.map((r) => r.close()))
  rmSync(dir, { recursive: true, force: true })
})

function readerWith(options: SheetReaderOptions): SheetReader {
  const r = createSheetReader(options)
  readers.push(r)
  return r
}

/** A stand-in worker script, to make the worker misbehave in a chosen way. */
function script(name: string, code: string): string {
  const path = join(dir, name)
  writeFileSync(path, code)
  return path
}

const csv = textBytes('sku,name\n1,a\n')

describe('worker limits', () => {
  it('times out a parse that takes longer than the limit', async () => {
    const r = readerWith({ limits: { timeoutMs: 5 } })
    await expect(r.readSheet(csv, 'slow.csv')).rejects.toMatchObject({ code: 'sheet.timeout', params: { fileName: 'slow.csv', seconds: 1 } })
  })

  it('kills a worker stuck in a CPU loop while the calling thread stays responsive', async () => {
    const r = readerWith({ workerScript: script('spin.mjs', 'for (;;) {}\n'), limits: { timeoutMs: 400 } })
    let ticks = 0
    const timer = setInterval(() => ticks++, 10)
    const started = Date.now()
    await expect(r.inspect(csv, 'spin.csv')).rejects.toMatchObject({ code: 'sheet.timeout' })
    clearInterval(timer)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(ticks).toBeGreaterThan(10)
  })

  it('reports a worker that runs out of its heap as out-of-memory', async () => {
    const hog = script('hog.mjs', 'const keep = []\nfor (;;) keep.push(new Array(100000).fill({ x: 1 }))\n')
    const r = readerWith({ workerScript: hog, limits: { maxOldGenerationSizeMb: 16, timeoutMs: 20_000 } })
    await expect(r.inspect(csv, 'big.csv')).rejects.toMatchObject({ code: 'sheet.out-of-memory', params: { fileName: 'big.csv' } })
  })

  it('reports a worker that crashes or ends without answering as an internal error', async () => {
    const crash = readerWith({ workerScript: script('crash.mjs', "throw new Error('boom')\n") })
    await expect(crash.inspect(csv, 'a.csv')).rejects.toMatchObject({ code: 'sheet.internal' })
    const mute = readerWith({ workerScript: script('mute.mjs', '// ends without a message\n') })
    await expect(mute.inspect(csv, 'a.csv')).rejects.toMatchObject({ code: 'sheet.internal' })
  })

  it('close() cancels reads in progress and refuses new ones', async () => {
    const r = readerWith({ workerScript: script('spin2.mjs', 'for (;;) {}\n'), limits: { timeoutMs: 30_000 } })
    const pending = r.readSheet(csv, 'a.csv')
    await new Promise((done) => setTimeout(done, 50))
    await r.close()
    await expect(pending).rejects.toMatchObject({ code: 'sheet.closed' })
    await expect(r.inspect(csv, 'b.csv')).rejects.toMatchObject({ code: 'sheet.closed' })
  })
})

describe('worker script location', () => {
  it('defaults to worker-entry.ts next to the module, loaded through tsx', () => {
    const s = resolveWorkerScript()
    expect(s.path).toBe(resolve(__dirname, '../../../src/core/sheets/worker-entry.ts'))
    expect(s.execArgv[0]).toBe('--require')
    expect(s.execArgv[1]).toMatch(/tsx[\\/].*cjs/)
    expect(resolveWorkerScript('/app/out/main/sheet-worker.js')).toEqual({ path: '/app/out/main/sheet-worker.js', execArgv: [] })
  })

  it('gets a large .xlsx table whole through the worker, whose rows come in batches', async () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => [`P${i}`, `셔츠 ${i}호`, { t: 'n' as const, v: 1000 + i }])
    const { table } = await readerWith({}).readSheet(xlsxBytes([['상품코드', '상품명', '판매가'], ...rows]), '상품.xlsx')
    expect(table.rows).toHaveLength(25_001)
    expect(table.rows[25_000]).toEqual({ rowNumber: 25_001, cells: ['P24999', '셔츠 24999호', '25999'] })
    expect(table.rows.every((row, i) => row.rowNumber === i + 1 && row.cells.length === 3)).toBe(true)
  })

  it('works bundled to CommonJS, as the Electron build ships it (main bundle + sheet-worker.js side by side)', async () => {
    const out = join(dir, 'out', 'main')
    mkdirSync(out, { recursive: true })
    const common = { bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' } as const
    buildSync({ ...common, entryPoints: [resolve(__dirname, '../../../src/core/sheets/worker-entry.ts')], outfile: join(out, 'sheet-worker.js') })
    buildSync({ ...common, entryPoints: [resolve(__dirname, '../../../src/core/sheets/index.ts')], outfile: join(out, 'index.js') })
    const bundled = createRequire(import.meta.url)(join(out, 'index.js')) as { createSheetReader: typeof createSheetReader }

    // No workerScript given: the bundle must find sheet-worker.js next to itself.
    const auto = bundled.createSheetReader()
    readers.push(auto)
    const korean = concat(CP949.상품명, ascii(','), CP949.가격, ascii('\r\n'), CP949.똠, ascii(',1000\r\n'))
    const { info, table } = await auto.readSheet(korean, 'k.csv')
    expect(info.encoding).toBe('euc-kr')
    expect(table.rows.map((r) => r.cells)).toEqual([['상품명', '가격'], ['똠', '1000']])

    // What the lead's main process does: pass the path explicitly.
    const explicit = createSheetReader({ workerScript: join(out, 'sheet-worker.js') })
    readers.push(explicit)
    const x = await explicit.readSheet(xlsxBytes([['코드'], [{ t: 'n', v: 42, z: '00000' }]]), 'a.xlsx')
    expect(x.table.rows.map((r) => r.cells)).toEqual([['코드'], ['00042']])
  })
})
