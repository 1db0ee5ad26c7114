import * as XLSX from 'xlsx'
import { catalogFor } from '../../shared/catalog'
import type { FieldDef } from '../../shared/catalog'
import type { TargetId } from '../../shared/targets'
import type { Language } from '../../shared/text'
import { exampleValue } from './examples'
import { fieldGuideRows, GUIDE_HEADERS, GUIDE_SHEET_NAME } from './field-guide'

/** Rows below the example that are pre-formatted as text, so typed IDs and postal codes keep leading zeros. */
export const TEXT_FORMATTED_ROWS = 500

const TEXT_FORMAT = '@'

function cell(field: FieldDef, value: string): XLSX.CellObject {
  if (value === '') return field.type === 'number' ? { t: 'z' } : { t: 'z', z: TEXT_FORMAT }
  if (field.type === 'number' && Number.isFinite(Number(value))) return { t: 'n', v: Number(value) }
  return { t: 's', v: value, z: TEXT_FORMAT }
}

function sheetName(text: string): string {
  return text.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31)
}

function dataSheet(target: TargetId, language: Language): XLSX.WorkSheet {
  const fields = catalogFor(target).fields
  const ws: XLSX.WorkSheet = {}
  fields.forEach((f, c) => {
    ws[XLSX.utils.encode_cell({ r: 0, c })] = { t: 's', v: f.label[language] }
    ws[XLSX.utils.encode_cell({ r: 1, c })] = cell(f, exampleValue(target, language, f.name))
    if (f.type === 'number') return
    for (let r = 2; r < 2 + TEXT_FORMATTED_ROWS; r++) ws[XLSX.utils.encode_cell({ r, c })] = { t: 'z', z: TEXT_FORMAT }
  })
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: 1 + TEXT_FORMATTED_ROWS, c: fields.length - 1 } })
  ws['!cols'] = fields.map((f) => ({ wch: Math.max(12, Math.min(40, f.label[language].length * 2 + 4)) }))
  return ws
}

function guideSheet(target: TargetId, language: Language): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([[...GUIDE_HEADERS[language]], ...fieldGuideRows(target, language)])
  ws['!cols'] = [{ wch: 22 }, { wch: 16 }, { wch: 28 }, { wch: 36 }, { wch: 80 }, { wch: 28 }]
  return ws
}

/**
 * An .xlsx template for a target: the first sheet has the column headers in
 * the user's language (the catalog labels, which autoMap maps back exactly)
 * and one example row; the second ('설명' / 'Fields') explains every column.
 * Text columns are formatted as text for the first rows so leading zeros
 * survive typing.
 */
export function buildTemplate(target: TargetId, language: Language): Uint8Array {
  const wb = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(wb, dataSheet(target, language), sheetName(catalogFor(target).label[language]))
  XLSX.utils.book_append_sheet(wb, guideSheet(target, language), GUIDE_SHEET_NAME[language])
  const out: unknown = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true })
  if (!(out instanceof ArrayBuffer)) throw new Error('SheetJS did not return an ArrayBuffer')
  return new Uint8Array(out)
}
