import { gunzipSync, strFromU8 } from 'fflate'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import { z } from 'zod'
import type { ColumnMapping } from '../../shared/mapping'
import { columnMappingSchema } from '../../shared/mapping-schema'
import type { SheetTable } from '../../shared/sheet'
import { TARGETS } from '../../shared/targets'
import { writeFileAtomic } from '../fs/atomic-write'
import type { JobSource } from './prepare-job'
import { mappingHasSecrets, mappingWithoutSecrets, secretColumns } from '../mapping/secret-columns'

/**
 * The rows a job was started with, kept beside its journal so a past job can
 * show its rows, export its report again and resume after a crash without
 * the user finding the file. Secrets are left out: password columns are
 * blanked and password constants dropped (`secretsLeftOut` says so).
 */
export interface JobSnapshot {
  readonly fileName: string
  readonly table: SheetTable
  readonly mapping: ColumnMapping
  readonly target: JobSource['target']
  /** Data-row indexes the job covers. */
  readonly scope: readonly number[]
  readonly connectionName: string
  readonly parentJobId: string | null
  /** True when secrets were left out, so resuming needs the original rows again. */
  readonly secretsLeftOut: boolean
  /** Columns blanked because they held passwords. */
  readonly blankedColumns: readonly number[]
  /** True when a fixed password for every row was dropped: only the original mapping can continue the job. */
  readonly secretConstantsLeftOut: boolean
}

const snapshotSchema = z.strictObject({
  v: z.literal(1),
  fileName: z.string(),
  table: z.strictObject({
    sheetName: z.string(),
    headerIndex: z.number().int().nonnegative(),
    columnCount: z.number().int().nonnegative(),
    sheetColumns: z.array(z.number().int().nonnegative()).optional(),
    rows: z.array(z.strictObject({ rowNumber: z.number().int(), cells: z.array(z.string()) }))
  }),
  mapping: columnMappingSchema,
  target: z.enum(TARGETS),
  scope: z.array(z.number().int().nonnegative()),
  connectionName: z.string(),
  parentJobId: z.string().nullable(),
  secretsLeftOut: z.boolean(),
  blankedColumns: z.array(z.number().int().nonnegative()),
  secretConstantsLeftOut: z.boolean().default(false)
})

/** Where a job's snapshot lives, next to its journal. */
export function snapshotPath(stateDir: string, jobId: string): string {
  return join(stateDir, `${jobId}.rows.json.gz`)
}

/** The snapshot of a source, secrets removed. */
export function snapshotOf(source: JobSource, details: { scope: readonly number[]; connectionName: string; parentJobId: string | null }): JobSnapshot {
  const blanked = secretColumns(source.mapping)
  const blank = new Set(blanked)
  const rows = source.table.rows.map((row, i) =>
    blank.size === 0 || i <= source.table.headerIndex ? row : { rowNumber: row.rowNumber, cells: row.cells.map((cell, c) => (blank.has(c) ? '' : cell)) }
  )
  return {
    fileName: source.fileName,
    table: { ...source.table, rows },
    mapping: mappingWithoutSecrets(source.mapping),
    target: source.target,
    scope: details.scope,
    connectionName: details.connectionName,
    parentJobId: details.parentJobId,
    secretsLeftOut: mappingHasSecrets(source.mapping),
    blankedColumns: blanked,
    secretConstantsLeftOut: mappingWithoutSecrets(source.mapping).constants.length !== source.mapping.constants.length
  }
}

const gzipOffThread = promisify(gzip)

/**
 * Writes a snapshot atomically, compressed (a 100,000-row sheet is tens of
 * megabytes as JSON) on libuv's thread pool, so a job's first requests go
 * out while it is written.
 */
export async function writeSnapshot(path: string, snapshot: JobSnapshot): Promise<void> {
  await writeFileAtomic(path, await gzipOffThread(JSON.stringify({ v: 1, ...snapshot }), { level: 6 }))
}

/** Reads a snapshot back; null when it is missing or damaged (the journal alone still gives counts). */
export async function readSnapshot(path: string): Promise<JobSnapshot | null> {
  try {
    const parsed = snapshotSchema.safeParse(JSON.parse(strFromU8(gunzipSync(await readFile(path)))))
    if (!parsed.success) return null
    const { v: _version, ...snapshot } = parsed.data
    return snapshot
  } catch {
    return null
  }
}

/** Deletes a snapshot (missing is fine). */
export async function deleteSnapshot(path: string): Promise<void> {
  await rm(path, { force: true })
}
