import { createWriteStream } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import * as XLSX from 'xlsx'
import { csvField, type IntakeFiles } from './generate-files'
import { INTAKE_HEADERS, intakeRow } from './sample-sheet'

function xmlEscaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** How a sheet's text cells are written: inline (as many exporters write them) or in the shared-strings part (as Excel saves them). */
type TextCells = 'inline' | 'shared'

/** The shared-strings table as Excel keeps it: each distinct text once, cells pointing at it by position. */
class SharedStrings {
  readonly #index = new Map<string, number>()
  #uses = 0

  indexOf(text: string): number {
    this.#uses++
    let at = this.#index.get(text)
    if (at === undefined) {
      at = this.#index.size
      this.#index.set(text, at)
    }
    return at
  }

  xml(): ReturnType<typeof strToU8> {
    const items = [...this.#index.keys()].map((text) => `<si><t xml:space="preserve">${xmlEscaped(text)}</t></si>`)
    const open = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.#uses}" uniqueCount="${this.#index.size}">`
    return strToU8(`${open}${items.join('')}</sst>`)
  }
}

/** One row of sheet XML: numbers as numbers, text inline or as shared strings. */
function rowXml(rowNumber: number, values: readonly (string | number)[], shared: SharedStrings | null): string {
  const cells = values.map((v, c) => {
    const ref = `${String.fromCharCode(65 + c)}${rowNumber}`
    if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`
    return shared === null ? `<c r="${ref}" t="inlineStr"><is><t>${xmlEscaped(v)}</t></is></c>` : `<c r="${ref}" t="s"><v>${shared.indexOf(v)}</v></c>`
  })
  return `<row r="${rowNumber}">${cells.join('')}</row>`
}

async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path)
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())))
  await write(`\uFEFF${INTAKE_HEADERS.join(',')}\r\n`)
  let buffered = ''
  for (let i = 0; i < rows; i++) {
    buffered += `${intakeRow(i).map(csvField).join(',')}\r\n`
    if (buffered.length > 1 << 20) {
      await write(buffered)
      buffered = ''
    }
  }
  await new Promise<void>((resolve, reject) => out.end(buffered, () => resolve()).once('error', reject))
}

/** A workbook's parts from SheetJS, with the sheet's XML (and shared strings) written here row by row: SheetJS itself takes minutes for a million rows. */
async function writeXlsx(path: string, rows: number, text: TextCells): Promise<void> {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['x']]), '상품')
  // With bookSST the skeleton has a shared-strings part, its content type and its relationship.
  const parts = unzipSync(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: text === 'shared' }) as ArrayBuffer))
  const shared = text === 'shared' ? new SharedStrings() : null
  const sheetPath = 'xl/worksheets/sheet1.xml'
  const skeleton = strFromU8(parts[sheetPath] ?? new Uint8Array())
  const open = skeleton.indexOf('<sheetData>') + '<sheetData>'.length
  const pieces: Uint8Array[] = [strToU8(skeleton.slice(0, open)), strToU8(rowXml(1, INTAKE_HEADERS, shared))]
  for (let start = 0; start < rows; start += 50_000) {
    const block = Array.from({ length: Math.min(50_000, rows - start) }, (_, k) => rowXml(start + k + 2, intakeRow(start + k), shared))
    pieces.push(strToU8(block.join('')))
  }
  pieces.push(strToU8(skeleton.slice(skeleton.indexOf('</sheetData>'))))
  const xml = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0))
  pieces.reduce((at, p) => (xml.set(p, at), at + p.length), 0)
  parts[sheetPath] = xml
  if (shared !== null) parts['xl/sharedStrings.xml'] = shared.xml()
  await writeFile(path, zipSync(parts, { level: 6 }))
}

/** Figure 10's files: the .csv and .xlsx of IntakeFiles (its text inline), and the .xlsx as Excel saves it (shared strings). */
export interface LargeIntakeFiles extends IntakeFiles {
  readonly sharedXlsx: string
}

/** Figure 10's files: `rows` data rows under the intake header, as .csv (UTF-8 with BOM) and as .xlsx both ways. */
export async function generateLargeIntakeFiles(rows: number): Promise<LargeIntakeFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'sheetport-bench-excel-max-'))
  const files = { dir, xlsx: join(dir, 'catalog.xlsx'), csv: join(dir, 'catalog.csv'), sharedXlsx: join(dir, 'catalog-shared.xlsx') }
  await writeCsv(files.csv, rows)
  await writeXlsx(files.xlsx, rows, 'inline')
  await writeXlsx(files.sharedXlsx, rows, 'shared')
  return files
}
