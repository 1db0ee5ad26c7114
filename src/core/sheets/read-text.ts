import type { SheetTable } from '../../shared/sheet'
import { TableBuilder } from './build-table'
import { decodeTextPieces } from './decode-text'
import { detectDelimiter, parseDelimitedPieces } from './delimited-text'
import type { SheetLimits } from './limits'
import type { RowStream } from './row-stream'

/** What reading a CSV/TSV file produced. */
export interface TextRead {
  readonly format: 'csv' | 'tsv'
  readonly encoding: string
  /** The encoding was a guess worth telling the person about (see DecodedText.unsure). */
  readonly encodingUnsure: boolean
  readonly sheetName: string
  readonly table: SheetTable | null
}

/** A text file has one sheet; naming it after the file reads better in the UI than "Sheet1". */
export function textSheetName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  return base.replace(/\.[^.]*$/, '').trim() || 'Sheet1'
}

/**
 * Reads CSV/TSV bytes: decodes them ourselves (so Hangul survives whatever the
 * encoding), a few megabytes at a time, picks the delimiter, and keeps every
 * cell as the exact text in the file, so '000123' and '1E5' stay codes
 * rather than becoming numbers.
 */
export function readText(bytes: Uint8Array, fileName: string, wantTable: boolean, limits: SheetLimits, stream?: RowStream): TextRead {
  const { encoding, unsure, pieces } = decodeTextPieces(bytes)
  const rest = pieces()
  const first = rest.next()
  const head = first.done === true ? '' : first.value
  // The first piece is megabytes long: more than the delimiter's sniffing reads.
  const { delimiter, skip } = detectDelimiter(head, fileName)
  const format = delimiter === '\t' ? 'tsv' : 'csv'
  const sheetName = textSheetName(fileName)
  if (!wantTable) return { format, encoding, encodingUnsure: unsure, sheetName, table: null }
  const builder = new TableBuilder(limits, stream)
  let rowNumber = 0
  const text = (function* () {
    yield skip > 0 ? head.slice(skip) : head
    yield* rest
  })()
  parseDelimitedPieces(text, delimiter, (fields) => {
    builder.add(++rowNumber, fields)
  })
  return { format, encoding, encodingUnsure: unsure, sheetName, table: builder.finish(sheetName) }
}
