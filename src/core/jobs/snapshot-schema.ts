import { z } from 'zod'
import { columnMappingSchema } from '../../shared/mapping-schema'
import type { SheetRow } from '../../shared/sheet'
import { TARGETS } from '../../shared/targets'

/** A snapshot's table without its rows: what the first line of a version-2 file holds. */
const tableHeadSchema = z.strictObject({
  sheetName: z.string(),
  headerIndex: z.number().int().nonnegative(),
  columnCount: z.number().int().nonnegative(),
  sheetColumns: z.array(z.number().int().nonnegative()).optional()
})

const rowIndex = z.number().int().nonnegative()

/** Everything of a snapshot but its table and scope, in both versions. */
const snapshotFacts = {
  fileName: z.string(),
  mapping: columnMappingSchema,
  target: z.enum(TARGETS),
  connectionName: z.string(),
  parentJobId: z.string().nullable(),
  secretsLeftOut: z.boolean(),
  blankedColumns: z.array(z.number().int().nonnegative()),
  secretConstantsLeftOut: z.boolean().default(false)
}

/** A version-1 snapshot: the whole job, rows included, as one JSON document (still read; no longer written). */
export const snapshotV1Schema = z.strictObject({
  v: z.literal(1),
  ...snapshotFacts,
  scope: z.array(rowIndex),
  table: tableHeadSchema.extend({ rows: z.array(z.strictObject({ rowNumber: z.number().int(), cells: z.array(z.string()) })) })
})

/** The first line of a version-2 snapshot: the job without its rows (its scope as runs, see indexRuns), and how many rows the lines after it hold. */
export const snapshotHeadSchema = z.strictObject({
  v: z.literal(2),
  ...snapshotFacts,
  scopeRuns: z.array(z.tuple([rowIndex, rowIndex])),
  table: tableHeadSchema,
  rowCount: z.number().int().nonnegative()
})

/**
 * True for a row as a snapshot keeps it: a whole row number and text cells,
 * nothing else. Checked by hand rather than with zod, which is far slower
 * over a million rows.
 */
export function isSnapshotRow(value: unknown): value is SheetRow {
  if (typeof value !== 'object' || value === null) return false
  const { rowNumber, cells } = value as Partial<Record<string, unknown>>
  return Object.keys(value).length === 2 && Number.isInteger(rowNumber) && Array.isArray(cells) && cells.every((cell) => typeof cell === 'string')
}
