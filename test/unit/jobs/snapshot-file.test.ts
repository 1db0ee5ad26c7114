import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { snapshotOf, type JobSnapshot } from '../../../src/core/jobs/job-snapshot'
import { readSnapshot, SNAPSHOT_ROWS_PER_LINE, writeSnapshot } from '../../../src/core/jobs/snapshot-file'
import { autoMapTable } from '../../../src/core/mapping'
import { productRow, PRODUCT_HEADERS, sourceOf, titledSheet } from './support'

const ROWS = Math.round(SNAPSHOT_ROWS_PER_LINE * 3.5)

/** A snapshot of a table spanning several row lines, with sheet columns, a resend's parent and a partial scope. */
function largeSnapshot(): JobSnapshot {
  const rows = Array.from({ length: ROWS }, (_, i) => productRow(`P-${i}`))
  rows[5] = ['P-"quoted"\n줄바꿈', '😀 상품', '', 'TOP', '\\back\\slash', '']
  const table = { ...titledSheet(PRODUCT_HEADERS, rows), sheetColumns: [0, 1, 2, 4, 5, 7] }
  return snapshotOf(sourceOf(table), { scope: [1, 2, ROWS - 1], connectionName: 'My shop', parentJobId: 'job-parent' })
}

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'sheetport-snapshot-'))
}

/** The decompressed text of a snapshot file, split into its lines. */
async function linesOf(path: string): Promise<string[]> {
  return gunzipSync(await readFile(path)).toString('utf8').split('\n')
}

describe('job snapshots on disk', () => {
  it('round-trips a table of several row lines exactly', async () => {
    const path = join(await folder(), 'job.rows.json.gz')
    const snapshot = largeSnapshot()
    await writeSnapshot(path, snapshot)
    expect(await readSnapshot(path)).toEqual(snapshot)
    const lines = await linesOf(path)
    // A first line without rows, then the rows a line per chunk, then the final newline.
    expect(lines).toHaveLength(1 + Math.ceil((ROWS + 2) / SNAPSHOT_ROWS_PER_LINE) + 1)
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ v: 2, rowCount: ROWS + 2, scopeRuns: [[1, 2], [ROWS - 1, ROWS - 1]], table: { sheetName: '상품', headerIndex: 1 } })
    expect(lines[0]).not.toContain('P-0')
    expect(lines.at(-1)).toBe('')
  })

  it('keeps secrets out as before: password cells blanked, password constants dropped', async () => {
    const table = titledSheet(['이메일', '이름', '성', '비밀번호'], [['jane@example.com', 'Jane', 'Kim', 'Pw-Do-Not-Store-1!']])
    const mapping = autoMapTable(table, 'customers:create')
    const path = join(await folder(), 'job.rows.json.gz')
    await writeSnapshot(path, snapshotOf({ fileName: 'c.xlsx', table, mapping, target: 'customers:create' }, { scope: [0], connectionName: 'OCC', parentJobId: null }))
    const text = (await linesOf(path)).join('\n')
    expect(text).not.toContain('Pw-Do-Not-Store-1!')
    expect(text).toContain('jane@example.com')
    expect(await readSnapshot(path)).toMatchObject({ secretsLeftOut: true, blankedColumns: [3], table: { rows: [{}, {}, { cells: ['jane@example.com', 'Jane', 'Kim', ''] }] } })
  })

  it('still reads a version-1 snapshot, written as one JSON document', async () => {
    const path = join(await folder(), 'old.rows.json.gz')
    const { secretConstantsLeftOut: _dropped, ...snapshot } = largeSnapshot()
    await writeFile(path, gzipSync(JSON.stringify({ v: 1, ...snapshot })))
    expect(await readSnapshot(path)).toEqual({ ...snapshot, secretConstantsLeftOut: false })
  })

  it('reads a missing, cut-off or altered file as no snapshot', async () => {
    const dir = await folder()
    const path = join(dir, 'job.rows.json.gz')
    await writeSnapshot(path, largeSnapshot())
    const whole = await readFile(path)
    const lines = await linesOf(path)
    const rewritten = async (name: string, text: string): Promise<string> => {
      await writeFile(join(dir, name), gzipSync(text))
      return join(dir, name)
    }
    expect(await readSnapshot(join(dir, 'missing.rows.json.gz'))).toBeNull()
    await writeFile(join(dir, 'cut.rows.json.gz'), whole.subarray(0, Math.floor(whole.length / 2)))
    expect(await readSnapshot(join(dir, 'cut.rows.json.gz'))).toBeNull()
    expect(await readSnapshot(await rewritten('short.rows.json.gz', lines.slice(0, -2).join('\n')))).toBeNull()
    expect(await readSnapshot(await rewritten('row.rows.json.gz', [lines[0], '[{"rowNumber":1,"cells":[2]}]'].join('\n')))).toBeNull()
    expect(await readSnapshot(await rewritten('extra.rows.json.gz', [lines[0], '[{"rowNumber":1,"cells":[],"x":1}]'].join('\n')))).toBeNull()
    expect(await readSnapshot(await rewritten('head.rows.json.gz', lines.join('\n').replace('"v":2', '"v":3')))).toBeNull()
    expect(await readSnapshot(await rewritten('scope.rows.json.gz', lines.join('\n').replace('"scopeRuns":[[1,2]', `"scopeRuns":[[1,${ROWS}]`)))).toBeNull()
    expect(await readSnapshot(await rewritten('empty.rows.json.gz', ''))).toBeNull()
  })

  it('leaves no temporary file behind when the write fails, and the old snapshot in place', async () => {
    const dir = await folder()
    const path = join(dir, 'job.rows.json.gz')
    const snapshot = largeSnapshot()
    await writeSnapshot(path, snapshot)
    const broken = { ...snapshot, table: { ...snapshot.table, rows: [...snapshot.table.rows.slice(0, SNAPSHOT_ROWS_PER_LINE * 2), 1n as never] } }
    await expect(writeSnapshot(path, broken)).rejects.toThrow(/BigInt/)
    expect(await readdir(dir)).toEqual(['job.rows.json.gz'])
    expect(await readSnapshot(path)).toEqual(snapshot)
    await expect(writeSnapshot(join(dir, 'no-such-folder', 'job.rows.json.gz'), snapshot)).rejects.toThrow()
  })
})
