import { ssf } from '../sheetjs'
import { xmlAttributes, xmlText } from './xml-text'

// Excel's built-in formats, taken from SheetJS before any workbook is read:
// SheetJS's own table is global and every workbook it reads may overwrite it.
const BUILT_IN: Readonly<Record<number, string | undefined>> = Object.freeze({ ...ssf.get_table() })

/**
 * Built-in ids whose format depends on the computer's language (dates and
 * times in East Asian locales, currencies…) and so are not in the table:
 * each stands for a format of the same kind, as SheetJS reads them too.
 */
const LOCALE_FORMATS: ReadonlyArray<readonly [first: number, last: number, format: string]> = [
  [5, 8, '"$"#,##0.00_);\\("$"#,##0.00\\)'],
  [23, 26, 'General'],
  [27, 31, 'm/d/yy'],
  [32, 35, 'h:mm:ss'],
  [36, 36, 'm/d/yy'],
  [41, 44, '#,##0.00'],
  [50, 58, 'm/d/yy'],
  [59, 59, '0'],
  [60, 60, '0.00'],
  [61, 61, '#,##0'],
  [62, 62, '#,##0.00'],
  [63, 66, '"$"#,##0.00_);\\("$"#,##0.00\\)'],
  [67, 67, '0%'],
  [68, 68, '0.00%'],
  [69, 70, '# ?/?'],
  [71, 72, 'm/d/yy'],
  [73, 73, 'd-mmm-yy'],
  [74, 74, 'd-mmm'],
  [75, 75, 'mmm-yy'],
  [76, 76, 'h:mm'],
  [77, 77, 'h:mm:ss'],
  [78, 78, 'm/d/yy h:mm'],
  [79, 79, 'mm:ss'],
  [80, 80, '[h]:mm:ss'],
  [81, 81, 'mmss.0']
]

function builtInFormat(id: number): string {
  const known = BUILT_IN[id]
  if (known !== undefined) return known
  return LOCALE_FORMATS.find(([first, last]) => id >= first && id <= last)?.[2] ?? 'General'
}

/**
 * The number format of each cell style (the `s` a cell names), read from a
 * workbook's styles part: its own formats by id first, then Excel's
 * built-in ones. A style without a format, or past the list, is General.
 */
export function cellStyleFormats(stylesXml: string | null): readonly string[] {
  if (stylesXml === null) return []
  const custom = new Map<number, string>()
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) {
    const attributes = xmlAttributes(m[0])
    const id = Number(attributes.get('numFmtId'))
    const code = attributes.get('formatCode')
    if (Number.isInteger(id) && code !== undefined) custom.set(id, xmlText(code))
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? ''
  const formats: string[] = []
  for (const m of cellXfs.matchAll(/<xf\b[^>]*>/g)) {
    const id = Number(xmlAttributes(m[0]).get('numFmtId') ?? 0)
    formats.push(custom.get(id) ?? (Number.isInteger(id) ? builtInFormat(id) : 'General'))
  }
  return formats
}
