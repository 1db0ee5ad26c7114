import * as XLSX from 'xlsx'
import type { SampleCell, SampleSheet } from './types'

const TEXT_FORMAT = '@'
const PRICE_FORMAT = '#,##0'
const DATE_FORMAT = 'yyyy-mm-dd'
const MS_PER_DAY = 86_400_000
/** Day 0 of Excel's 1900 date system, counted so that serials from March 1900 on are right. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)

function excelSerial(isoDate: string): number {
  return (Date.parse(`${isoDate}T00:00:00Z`) - EXCEL_EPOCH) / MS_PER_DAY
}

function cellObject(value: SampleCell): XLSX.CellObject {
  if (typeof value === 'number') return { t: 'n', v: value, z: PRICE_FORMAT }
  if (typeof value === 'string') return value === '' ? { t: 'z' } : { t: 's', v: value, z: TEXT_FORMAT }
  return { t: 'n', v: excelSerial(value.date), z: DATE_FORMAT }
}

function worksheet(sample: SampleSheet): XLSX.WorkSheet {
  const lines: (readonly SampleCell[])[] = [...(sample.title === undefined ? [] : [[sample.title], []]), sample.headers, ...sample.rows]
  const ws: XLSX.WorkSheet = {}
  let widest = 0
  lines.forEach((line, r) => {
    widest = Math.max(widest, line.length)
    line.forEach((value, c) => {
      ws[XLSX.utils.encode_cell({ r, c })] = cellObject(value)
    })
  })
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: lines.length - 1, c: Math.max(0, widest - 1) } })
  ws['!cols'] = sample.headers.map(() => ({ wch: 18 }))
  return ws
}

/** The sample as an .xlsx file, exactly as a shop's own Excel would have saved it (text, number and date cells). */
export function writeSample(sample: SampleSheet): Uint8Array {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, worksheet(sample), sample.sheetName)
  const out: unknown = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true })
  if (!(out instanceof ArrayBuffer)) throw new Error('SheetJS did not return an ArrayBuffer')
  return new Uint8Array(out)
}
