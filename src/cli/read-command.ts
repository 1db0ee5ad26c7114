import { columnLetters } from '../shared/sheet'
import type { ReadOptions } from './args'
import type { ExitCode } from './cli-error'
import { encodingNote } from './encoding-note'
import type { CliContext } from './import-command'
import { readInput } from './read-input'

/** The --json line of `read`: what Sheetport reads, in the terms of the sheet in Excel. */
export interface ReadJson {
  readonly sheet: string
  readonly sheets: readonly string[]
  /** The header row's number in the sheet, or null for a sheet with no rows. */
  readonly headerRow: number | null
  /** Each column's letter in the sheet (blank columns are left out, so letters may skip). */
  readonly columns: readonly string[]
  readonly rows: ReadonlyArray<{ readonly row: number; readonly cells: readonly string[] }>
}

/**
 * `read <file> [--sheet NAME] [--json]`: prints what Sheetport reads from a
 * spreadsheet, to check it next to Excel — the sheets, the header row it
 * found, and every row with its sheet row number, each cell under its
 * column letter. Sends nothing and needs no keys.
 */
export async function runRead(options: ReadOptions, ctx: CliContext): Promise<ExitCode> {
  const { out, t } = ctx
  const { info, table } = await readInput(options.file, options.sheet, ctx.host.reader, true)
  const guessed = encodingNote(info, t)
  if (guessed !== null) out.notice(guessed)
  const columns = columnLetters(table)
  const header = table.rows[table.headerIndex]
  const sheets = info.sheets.map((s) => s.name)
  out.result(t('read-sheets', { sheets: info.sheets.map((s) => (s.rowCount === null ? s.name : `${s.name} (${s.rowCount})`)).join(', ') }))
  if (header === undefined) out.result(t('read-no-header', { sheetName: table.sheetName }))
  else out.result(t('read-header', { sheetName: table.sheetName, row: header.rowNumber, columns: columns.map((letter, i) => `${letter} ${header.cells[i] ?? ''}`).join(' · ') }))
  // Under --json the rows are in the JSON line; the sheet and header lines above go to stderr.
  if (!options.json) for (const row of table.rows) out.result(`${row.rowNumber}\t${row.cells.map((cell, i) => `${columns[i] ?? ''}=${cell}`).join('\t')}`)
  if (options.json) {
    const json: ReadJson = { sheet: table.sheetName, sheets, headerRow: header?.rowNumber ?? null, columns, rows: table.rows.map((r) => ({ row: r.rowNumber, cells: [...r.cells] })) }
    out.json(json)
  }
  return 0
}
