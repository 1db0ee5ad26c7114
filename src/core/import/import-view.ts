import { columnGroups } from './column-groups'
import type { ImportView, RecognisedFormatView } from '../../shared/import-view'
import { unmappedRequiredFields, type ColumnMapping } from '../../shared/mapping'
import type { SheetTable, WorkbookInfo } from '../../shared/sheet'
import { findField } from '../../shared/catalog'
import { MASKED_VALUE } from '../../shared/masked'
import { applyMapping, maskCells, passwordColumns, recogniseFormat, suggestTarget, tableSamples } from '../mapping'
import { presetFor } from '../mapping/platforms'
import { dataRows, headerCells, tableRowCount } from '../sheets'

const TOP_ROWS = 10
const SAMPLES_PER_COLUMN = 3
const PREVIEW_ROWS = 20

/** What one open spreadsheet is, as the import sessions keep it. */
export interface SessionState {
  readonly id: string
  readonly info: WorkbookInfo
  readonly table: SheetTable
  readonly mapping: ColumnMapping | null
  readonly mappingRestored: boolean
}

function samplesByColumn(table: SheetTable, columnCount: number): string[][] {
  const samples: string[][] = Array.from({ length: columnCount }, () => [])
  let missing = columnCount
  for (const row of dataRows(table)) {
    if (missing === 0) break
    row.cells.forEach((cell, column) => {
      const list = samples[column]
      if (cell === '' || !list || list.length >= SAMPLES_PER_COLUMN || list.includes(cell)) return
      list.push(cell)
      if (list.length === SAMPLES_PER_COLUMN) missing--
    })
  }
  return samples
}

/** The platform format of the header row, and whether the mapping on screen started from its preset. */
function formatView(session: SessionState, headers: readonly string[]): RecognisedFormatView | null {
  const recognised = recogniseFormat(headers)
  if (recognised === null) return null
  const { format } = recognised
  const { mapping } = session
  const applied = mapping !== null && !session.mappingRestored && presetFor(format, headers, mapping.target).some((f) => f !== undefined)
  return { id: format.id, name: format.name, target: format.target, applied }
}

/**
 * Builds what the File and Columns steps show: a bounded slice of the sheet
 * and a short mapped preview, so the screen stays quick with 100,000 rows.
 */
export function buildImportView(session: SessionState): ImportView {
  const { table, mapping } = session
  const headers = headerCells(table)
  const previewTable: SheetTable = { ...table, rows: table.rows.slice(0, table.headerIndex + 1 + PREVIEW_ROWS) }
  const hidden = passwordColumns(headers, mapping)
  const isSecret = (field: string) => mapping !== null && findField(mapping.target, field)?.type === 'password'
  const preview = mapping
    ? applyMapping(previewTable, mapping, mapping.target).map((row) => ({
        rowNumber: row.rowNumber,
        values: [...row.values].map(([field, value]): [string, string] => [field, isSecret(field) ? MASKED_VALUE : value])
      }))
    : []
  const samples = samplesByColumn(table, headers.length).map((list, column) => (hidden.includes(column) ? list.map(() => MASKED_VALUE) : list))
  return {
    sessionId: session.id,
    info: session.info,
    sheetName: table.sheetName,
    // Passwords never reach the screen: the header row stays readable, data cells in password columns are masked.
    topRows: table.rows.slice(0, TOP_ROWS).map((row, i) => (i === table.headerIndex ? row : { rowNumber: row.rowNumber, cells: maskCells(row.cells, hidden) })),
    headerIndex: table.headerIndex,
    headers,
    columnGroups: columnGroups(table),
    samples,
    rowCount: tableRowCount(table),
    target: mapping?.target ?? null,
    suggestedTarget: suggestTarget(headers, tableSamples(table)),
    format: formatView(session, headers),
    mapping,
    mappingRestored: session.mappingRestored,
    missing: mapping ? unmappedRequiredFields(mapping, mapping.target) : [],
    preview
  }
}
