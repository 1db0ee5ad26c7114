import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as XLSX from 'xlsx'
import { INTAKE_HEADERS, intakeRow } from './sample-sheet'

/** The two intake files, generated once per bench run. */
export interface IntakeFiles {
  readonly dir: string
  readonly xlsx: string
  readonly csv: string
}

const UTF8_BOM = '\uFEFF'

/** RFC 4180 quoting for the few fields that need it (the lists hold commas). */
export function csvField(value: string | number): string {
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

function intakeData(rows: number): (string | number)[][] {
  return [[...INTAKE_HEADERS], ...Array.from({ length: rows }, (_, i) => intakeRow(i))]
}

/** The intake sheet as a UTF-8 .csv with a byte-order mark, the way Excel on Korean Windows saves "CSV UTF-8". */
export function intakeCsvText(rows: number): string {
  return UTF8_BOM + intakeData(rows).map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/** Writes `rows` data rows under the header as an .xlsx (by SheetJS, prices as numbers) and as a .csv (intakeCsvText). */
export async function generateIntakeFiles(rows: number): Promise<IntakeFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'sheetport-bench-intake-'))
  const data = intakeData(rows)
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(data), '상품')
  const xlsx = join(dir, 'products.xlsx')
  const csv = join(dir, 'products.csv')
  await writeFile(xlsx, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer)
  await writeFile(csv, intakeCsvText(rows), 'utf8')
  return { dir, xlsx, csv }
}
