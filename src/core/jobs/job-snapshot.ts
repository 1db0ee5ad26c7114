import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { ColumnMapping } from '../../shared/mapping'
import type { SheetTable } from '../../shared/sheet'
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

/** Deletes a snapshot (missing is fine). */
export async function deleteSnapshot(path: string): Promise<void> {
  await rm(path, { force: true })
}
