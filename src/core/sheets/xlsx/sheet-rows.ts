import type { CellObject } from 'xlsx'
import { cellText } from '../cell-text'
import { SheetError } from '../errors'
import { stringItemText } from './rich-text'
import { XlsxShortcutUnavailable } from './unsupported'
import { xmlChunks } from './xml-chunks'
import { xmlText } from './xml-text'

/** What reading a sheet's cells needs from the rest of the workbook. */
export interface SheetContext {
  readonly sharedStrings: readonly string[]
  readonly styleFormats: readonly string[]
  readonly date1904: boolean
  readonly maxColumns: number
}

/** Receives each row that has cells, in order: its 1-based number and its cells' texts by column ('' where none). */
export type RowSink = (rowNumber: number, texts: string[]) => void

const ROW_OR_CELL = /<row\b([^>]*?)\/?>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g
const UNUSUAL_ATTRIBUTES = /['\t\n\r]|\s=|=\s/
const ROW_NUMBER = /\sr="(\d+)"/
const VALUE = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/
const INLINE_STRING = /<is\b[^>]*>([\s\S]*?)<\/is>/

/** A cell's attribute text with any line breaks or tabs between attributes as spaces; unusual quoting leaves the sheet to SheetJS. */
function plainAttributes(text: string): string {
  if (!UNUSUAL_ATTRIBUTES.test(text)) return text
  if (/'|\s=|=\s/.test(text)) throw new XlsxShortcutUnavailable('cell attributes quoted or spaced unusually')
  return text.replace(/\s/g, ' ')
}

/** The value of attribute `name` (' r="', ' s="' or ' t="') in a cell's attribute text, undefined when absent. */
function attribute(attributes: string, name: string): string | undefined {
  const at = attributes.indexOf(name)
  if (at < 0) return undefined
  const start = at + name.length
  const end = attributes.indexOf('"', start)
  return end < 0 ? undefined : attributes.slice(start, end)
}

/** A cell body's <v> text: the common '<v>12</v>' found without a regular expression. */
function valueText(body: string): string | undefined {
  if (body.length === 0) return undefined
  if (body.startsWith('<v>')) {
    const end = body.indexOf('</v>', 3)
    if (end >= 0) return body.slice(3, end)
  }
  return VALUE.exec(body)?.[1]
}

interface CellPlace {
  row: number
  column: number
}

/** 'AB12' → row 12, column 27 (0-based); false when the reference is not a plain cell reference. */
function readReference(ref: string, place: CellPlace): boolean {
  let column = 0
  let i = 0
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i)
    if (code < 65 || code > 90) break
    column = column * 26 + code - 64
  }
  if (i === 0 || i > 3 || i === ref.length) return false
  let row = 0
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i)
    if (code < 48 || code > 57) return false
    row = row * 10 + code - 48
  }
  place.row = row
  place.column = column - 1
  return row > 0
}

/** The SheetJS-shaped cell a cell element stands for, for cellText; null for a cell without a value. */
function cellValue(type: string | undefined, style: number, body: string, context: SheetContext): CellObject | null {
  if (type === 'inlineStr') {
    const item = INLINE_STRING.exec(body)
    return { t: 's', v: item ? stringItemText(item[1] ?? '') : '' }
  }
  const value = valueText(body)
  if (type === 'str') return { t: 's', v: value === undefined ? '' : xmlText(value) }
  if (value === undefined || value === '') return null
  switch (type) {
    case undefined:
    case 'n':
      return { t: 'n', v: parseFloat(value), z: context.styleFormats[style] ?? 'General' }
    case 's': {
      const text = context.sharedStrings[Number(value)]
      if (text === undefined) throw new SheetError('sheet.corrupt')
      return { t: 's', v: text }
    }
    case 'b':
      return { t: 'b', v: value === '1' || value === 'true' }
    case 'e':
      return { t: 'e', w: xmlText(value) }
    default:
      throw new XlsxShortcutUnavailable(`cell type ${type}`)
  }
}

/**
 * Turns a worksheet's XML, in pieces that each end right after a row, into
 * rows of cell texts for `sink`, text as cellText gives it for SheetJS's
 * cells, so both readers agree. Rows or cells out of order, prefixed
 * elements or ISO date cells leave the sheet to SheetJS.
 */
export class SheetRowScanner {
  private readonly place: CellPlace = { row: 0, column: 0 }
  private rowNumber = 0
  private lastRow = 0
  private texts: string[] = []
  private column = -1

  constructor(
    private readonly context: SheetContext,
    private readonly sink: RowSink
  ) {}

  /** One piece of the sheet data: whole rows (the first may carry the <sheetData> tag before them). */
  scan(piece: string): void {
    ROW_OR_CELL.lastIndex = 0
    for (let m = ROW_OR_CELL.exec(piece); m !== null; m = ROW_OR_CELL.exec(piece)) {
      if (m[1] !== undefined) this.startRow(m[1])
      else this.cell(plainAttributes(m[2] ?? ''), m[3] ?? '')
    }
  }

  /** Hands on the last row. */
  finish(): void {
    this.flush()
  }

  private startRow(attributes: string): void {
    this.flush()
    const declared = ROW_NUMBER.exec(attributes)?.[1]
    this.rowNumber = declared === undefined ? this.rowNumber + 1 : Number(declared)
    if (this.rowNumber <= this.lastRow) throw new XlsxShortcutUnavailable('rows out of order')
    this.column = -1
  }

  private cell(attributes: string, body: string): void {
    const ref = attribute(attributes, ' r="')
    const style = Number(attribute(attributes, ' s="') ?? 0)
    const type = attribute(attributes, ' t="')
    if (ref === undefined) {
      this.column++
    } else {
      if (!readReference(ref, this.place) || this.place.row !== this.rowNumber || this.place.column <= this.column) {
        throw new XlsxShortcutUnavailable(`cell ${ref} out of place`)
      }
      this.column = this.place.column
    }
    const cell = cellValue(type, style, body, this.context)
    if (cell === null) return
    if (this.column >= this.context.maxColumns) throw new SheetError('sheet.too-many-columns', { limit: this.context.maxColumns })
    this.texts[this.column] = cellText(cell, this.context.date1904)
  }

  private flush(): void {
    const texts = this.texts
    if (texts.length === 0) return
    for (let c = 0; c < texts.length; c++) texts[c] ??= ''
    this.sink(this.rowNumber, texts)
    this.lastRow = this.rowNumber
    this.texts = []
  }
}

/** Reads an inflated worksheet part's rows in order (see SheetRowScanner), in chunks of whole rows. */
export function readSheetRows(part: Buffer, context: SheetContext, sink: RowSink): void {
  const open = part.indexOf('<sheetData')
  if (open < 0) {
    if (part.indexOf(':sheetData') >= 0) throw new XlsxShortcutUnavailable('sheetData has a namespace prefix')
    return
  }
  const close = part.lastIndexOf('</sheetData>')
  if (close < open) return
  const scanner = new SheetRowScanner(context, sink)
  for (const chunk of xmlChunks(part.subarray(open, close), '</row>')) scanner.scan(chunk)
  scanner.finish()
}
