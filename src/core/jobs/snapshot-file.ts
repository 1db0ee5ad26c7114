import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'
import type { SheetRow, SheetTable } from '../../shared/sheet'
import { writeFileAtomic } from '../fs/atomic-write'
import { textLines } from '../fs/text-lines'
import { indexRuns, runIndexes } from './index-runs'
import type { JobSnapshot } from './job-snapshot'
import { isSnapshotRow, snapshotHeadSchema, snapshotV1Schema } from './snapshot-schema'

/** Rows per line of a snapshot file: lines of a few hundred kilobytes, so no one string ever holds a large table. */
export const SNAPSHOT_ROWS_PER_LINE = 2_000

/** A row's own fields: whatever else a row object carries is not written. */
const ROW_FIELDS = ['rowNumber', 'cells']

/**
 * A snapshot as the lines of a version-2 file: first the job without its
 * rows (how many follow, and its scope as runs of consecutive rows), then
 * the table's rows, a JSON array of SNAPSHOT_ROWS_PER_LINE rows a line.
 * Made one line at a time, as the file is written.
 */
function* snapshotLines(snapshot: JobSnapshot): Generator<string> {
  const { table, scope, ...facts } = snapshot
  const { sheetName, headerIndex, columnCount, sheetColumns } = table
  const tableHead = { sheetName, headerIndex, columnCount, ...(sheetColumns !== undefined ? { sheetColumns } : {}) }
  const head = { v: 2, ...facts, scopeRuns: indexRuns(scope), table: tableHead, rowCount: table.rows.length }
  yield `${JSON.stringify(head)}\n`
  for (let at = 0; at < table.rows.length; at += SNAPSHOT_ROWS_PER_LINE) {
    yield `${JSON.stringify(table.rows.slice(at, at + SNAPSHOT_ROWS_PER_LINE), ROW_FIELDS)}\n`
  }
}

/**
 * Writes a snapshot atomically, gzip-compressed (a 100,000-row sheet is tens
 * of megabytes as JSON) on libuv's thread pool and streamed a line at a time
 * into the file, so a job's first requests go out while it is written and a
 * million-row table never becomes one string.
 */
export async function writeSnapshot(path: string, snapshot: JobSnapshot): Promise<void> {
  const gzip = createGzip({ level: 6 })
  // One line made at a time, when gzip wants it: the event loop never waits for more than one line's JSON.
  const compressing = pipeline(Readable.from(snapshotLines(snapshot), { highWaterMark: 1 }), gzip)
  const writing = writeFileAtomic(path, gzip).catch((error: unknown) => {
    gzip.destroy(error instanceof Error ? error : new Error(String(error)))
    throw error
  })
  // Both settle before this does, so a failed write has removed its temporary file by then.
  const [written, compressed] = await Promise.allSettled([writing, compressing])
  if (written.status === 'rejected') throw written.reason
  if (compressed.status === 'rejected') throw compressed.reason
}

/** A version-2 file's rows, line by line after its first; null when a line is not rows or the count is not the one promised. */
async function readRows(lines: AsyncGenerator<string>, rowCount: number): Promise<SheetRow[] | null> {
  const rows: SheetRow[] = []
  for await (const line of lines) {
    const chunk: unknown = JSON.parse(line)
    if (!Array.isArray(chunk)) return null
    for (const row of chunk) {
      if (!isSnapshotRow(row)) return null
      rows.push(row)
    }
  }
  return rows.length === rowCount ? rows : null
}

/** The snapshot in a file's lines: version 2 (a first line, then rows), or version 1 (one line, the whole job). */
async function parseSnapshot(lines: AsyncGenerator<string>): Promise<JobSnapshot | null> {
  const first = await lines.next()
  if (first.done === true) return null
  const document: unknown = JSON.parse(first.value)
  const head = snapshotHeadSchema.safeParse(document)
  if (head.success) {
    const { v: _version, rowCount, scopeRuns, table, ...facts } = head.data
    const scope = runIndexes(scopeRuns, rowCount - table.headerIndex - 1)
    const rows = scope === null ? null : await readRows(lines, rowCount)
    return scope === null || rows === null ? null : { ...facts, scope, table: { ...table, rows } satisfies SheetTable }
  }
  const old = snapshotV1Schema.safeParse(document)
  if (!old.success || !(await lines.next()).done) return null
  const { v: _version, ...snapshot } = old.data
  return snapshot
}

/** Reads a snapshot back, a line at a time; null when it is missing or damaged (the journal alone still gives counts). */
export async function readSnapshot(path: string): Promise<JobSnapshot | null> {
  const gunzip = createGunzip()
  // Its failure (a missing file, a cut-off one) reaches the lines being read; this promise only has to settle.
  const reading = pipeline(createReadStream(path), gunzip).catch(() => undefined)
  const lines = textLines(gunzip)
  try {
    return await parseSnapshot(lines)
  } catch {
    return null
  } finally {
    await lines.return(undefined)
    gunzip.destroy()
    await reading
  }
}
