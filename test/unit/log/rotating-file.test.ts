import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RotatingFile } from '../../../src/core/log/rotating-file'

const folder = (): Promise<string> => mkdtemp(join(tmpdir(), 'sheetport-log-'))

describe('the rotating log file', () => {
  it('rolls over to numbered older files when full and keeps only as many as allowed', async () => {
    const dir = await folder()
    const file = new RotatingFile(dir, 'sheetport', { maxBytes: 100, keep: 2 })
    for (let i = 0; i < 20; i++) expect(file.append(`line ${String(i).padStart(2, '0')} ${'x'.repeat(30)}`)).toBe(true)
    expect((await readdir(dir)).sort()).toEqual(['sheetport.1.log', 'sheetport.2.log', 'sheetport.log'])
    const current = await readFile(join(dir, 'sheetport.log'), 'utf8')
    const newestOlder = await readFile(join(dir, 'sheetport.1.log'), 'utf8')
    const oldest = await readFile(join(dir, 'sheetport.2.log'), 'utf8')
    for (const text of [current, newestOlder, oldest]) expect(Buffer.byteLength(text)).toBeLessThanOrEqual(100)
    expect(current).toContain('line 19')
    // Order is kept across the files: .2 is older than .1, which is older than the current one.
    const firstOf = (text: string): number => Number(/line (\d+)/.exec(text)?.[1])
    expect(firstOf(oldest)).toBeLessThan(firstOf(newestOlder))
    expect(firstOf(newestOlder)).toBeLessThan(firstOf(current))
    // Lines 00..13 have been dropped with the files past `keep`.
    expect(oldest + newestOlder + current).not.toContain('line 00')
  })

  it('keeps each entry on one line, whatever it contains', async () => {
    const dir = await folder()
    const file = new RotatingFile(dir, 'sheetport')
    file.append('first\nsecond\r\nthird')
    expect(await readFile(file.path, 'utf8')).toBe('first second third\n')
  })

  it('does not roll a file that another process already rolled', async () => {
    const dir = await folder()
    const mine = new RotatingFile(dir, 'sheetport', { maxBytes: 60, keep: 3 })
    const theirs = new RotatingFile(dir, 'sheetport', { maxBytes: 60, keep: 3 })
    mine.append('a'.repeat(50))
    theirs.append('b'.repeat(50)) // theirs rolls mine's full file to .1
    mine.append('c'.repeat(5)) // mine still thinks the file is full: it must look again, not roll theirs away
    expect((await readdir(dir)).sort()).toEqual(['sheetport.1.log', 'sheetport.log'])
    expect(await readFile(join(dir, 'sheetport.log'), 'utf8')).toBe(`${'b'.repeat(50)}\n${'c'.repeat(5)}\n`)
  })

  it('never throws when it cannot write, and writes again once it can', async () => {
    const dir = await folder()
    const blocked = join(dir, 'logs')
    await writeFile(blocked, 'a file where the folder should be')
    const file = new RotatingFile(blocked, 'sheetport')
    expect(file.append('lost')).toBe(false)
    expect(file.broken).toBe(true)
    const elsewhere = new RotatingFile(join(dir, 'fine'), 'sheetport')
    expect(elsewhere.append('kept')).toBe(true)
    expect(await readFile(elsewhere.path, 'utf8')).toBe('kept\n')
  })
})
