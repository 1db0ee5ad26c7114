import { fork } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createSheetReader, type ParserProcess, type SheetReader, type SheetReaderOptions, type SpawnParserProcess } from '../../../src/core/sheets'
import { HEAP_GROWTH_FLAG } from '../../../src/core/memory/heap-growth'
import { textBytes, xlsxBytes } from './fixtures'

/** Electron's process.parentPort, for a plain Node child (as the desktop stub gives utilityProcess.fork). */
const PARENT_PORT_SHIM = resolve(__dirname, '../../integration/desktop/stub-electron/parent-port.cjs')

const dir = mkdtempSync(join(tmpdir(), 'sheetport-parse-process-'))
const readers: SheetReader[] = []
const pids: number[] = []
/** Messages the parser processes sent, of every kind. */
let messagesFromParsers = 0
afterAll(async () => {
  await Promise.all(readers.map((r) => r.close()))
  rmSync(dir, { recursive: true, force: true })
})

/** utilityProcess.fork's shape over child_process.fork. */
const spawnNode: SpawnParserProcess = (scriptPath, execArgv) => {
  const child = fork(scriptPath, [], { execArgv: [...execArgv, '--require', PARENT_PORT_SHIM], serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] })
  if (child.pid !== undefined) pids.push(child.pid)
  const port: ParserProcess = {
    postMessage: (message) => child.send(message as object),
    kill: () => child.kill('SIGKILL'),
    on: (event: 'message' | 'exit', listener: (value: never) => void) => {
      const call = listener as (value: unknown) => void
      if (event === 'message')
        child.on('message', (message) => {
          messagesFromParsers++
          call(message)
        })
      else child.on('exit', (code, signal) => call(code ?? (signal ? 134 : 0)))
      return port
    }
  }
  return port
}

function readerWith(options: Omit<SheetReaderOptions, 'spawnProcess'> = {}): SheetReader {
  const r = createSheetReader({ ...options, spawnProcess: spawnNode })
  readers.push(r)
  return r
}

function script(name: string, code: string): string {
  const path = join(dir, name)
  writeFileSync(path, code)
  return path
}

function gone(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return false
  } catch {
    return true
  }
}

const csv = textBytes('sku,name\n1,a\n')

describe('parsing in a process of its own (the desktop app’s utilityProcess)', () => {
  it('reads xlsx and csv through the real worker entry', async () => {
    const r = readerWith()
    const { table } = await r.readSheet(xlsxBytes([['상품코드', '상품명'], ['P-001', '반팔 티셔츠']]), '상품.xlsx')
    expect(table.rows.map((row) => row.cells)).toEqual([['상품코드', '상품명'], ['P-001', '반팔 티셔츠']])
    expect((await r.inspect(csv, 'a.csv')).format).toBe('csv')
  })

  it('starts the process with the heap ceiling and the slow heap growth the app uses (Node accepts both)', async () => {
    const flags = script('flags.cjs', "process.parentPort.once('message', () => process.parentPort.postMessage({ ok: false, error: { code: 'sheet.internal', params: { detail: process.execArgv.join(' ') } } }))\n")
    const refused = readerWith({ workerScript: flags, limits: { maxOldGenerationSizeMb: 1234 } }).inspect(csv, 'a.csv')
    await expect(refused).rejects.toMatchObject({ code: 'sheet.internal', params: { detail: expect.stringContaining('--max-old-space-size=1234') } })
    await expect(refused).rejects.toMatchObject({ params: { detail: expect.stringContaining(HEAP_GROWTH_FLAG) } })
  })

  it('gets a large table as the process read it, its rows streamed in batches rather than in one message', async () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => `P${i},"셔츠, ${i}호",${1000 + i}`)
    const before = messagesFromParsers
    const { table } = await readerWith().readSheet(textBytes(['상품코드,상품명,판매가', ...rows].join('\r\n')), '상품.csv')
    expect(table.rows).toHaveLength(25_001)
    expect(table.rows[25_000]).toEqual({ rowNumber: 25_001, cells: ['P24999', '셔츠, 24999호', '25999'] })
    expect(table.rows.every((row, i) => row.rowNumber === i + 1 && row.cells.length === 3)).toBe(true)
    expect(messagesFromParsers - before).toBe(4) // three batches of at most 10,000 rows, then the answer
  })

  it('gives the process the heap ceiling, and reports a process that dies of memory as out-of-memory', async () => {
    const hog = script('hog.cjs', "process.parentPort.once('message', () => { const keep = []; for (;;) keep.push(new Array(100000).fill({ x: 1 })) })\n")
    const r = readerWith({ workerScript: hog, limits: { maxOldGenerationSizeMb: 32, timeoutMs: 30_000 } })
    await expect(r.inspect(csv, 'big.csv')).rejects.toMatchObject({ code: 'sheet.out-of-memory', params: { fileName: 'big.csv' } })
  })

  it('reports a process that throws or ends without answering as an internal error', async () => {
    await expect(readerWith({ workerScript: script('crash.cjs', "throw new Error('boom')\n") }).inspect(csv, 'a.csv')).rejects.toMatchObject({ code: 'sheet.internal' })
    await expect(readerWith({ workerScript: script('mute.cjs', "process.parentPort.once('message', () => process.exit(0))\n") }).inspect(csv, 'a.csv')).rejects.toMatchObject({ code: 'sheet.internal' })
  })

  it('kills a process stuck past the time limit, and one still running when the reader closes', async () => {
    const spin = script('spin.cjs', "process.parentPort.once('message', () => { for (;;) {} })\n")
    const before = pids.length
    await expect(readerWith({ workerScript: spin, limits: { timeoutMs: 500 } }).inspect(csv, 'slow.csv')).rejects.toMatchObject({ code: 'sheet.timeout' })
    const closing = readerWith({ workerScript: spin, limits: { timeoutMs: 30_000 } })
    const pending = closing.readSheet(csv, 'a.csv')
    await new Promise((done) => setTimeout(done, 200))
    await closing.close()
    await expect(pending).rejects.toMatchObject({ code: 'sheet.closed' })
    const started = pids.slice(before)
    expect(started).toHaveLength(2)
    await new Promise((done) => setTimeout(done, 300))
    for (const pid of started) expect(gone(pid), `process ${pid} still runs`).toBe(true)
  })
})
