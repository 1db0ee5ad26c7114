import { describe, expect, it } from 'vitest'
import { encodingNote } from '../../../src/cli/encoding-note'
import { translator } from '../../../src/cli/i18n'
import type { WorkbookInfo } from '../../../src/shared/sheet'

const info = (encoding: string | null, encodingUnsure?: boolean): WorkbookInfo => ({
  fileName: 'orders.csv',
  format: 'csv',
  encoding,
  ...(encodingUnsure === undefined ? {} : { encodingUnsure }),
  sheetNames: ['orders'],
  sheets: [{ name: 'orders', rowCount: 2 }],
  fingerprint: '0',
  sizeBytes: 10
})

describe('encodingNote', () => {
  it('names the encoding assumed and how to save the file as CSV UTF-8, in English and Korean', () => {
    expect(encodingNote(info('windows-1252', true), translator('en'))).toBe(
      'Could not tell for sure how the letters in “orders.csv” are stored, so it was read as Western European (Windows-1252). If names or accented letters look wrong, open the file in Excel, choose File › Save As › “CSV UTF-8 (Comma delimited)”, and use that copy.'
    )
    const ko = encodingNote(info('euc-kr', true), translator('ko'))
    expect(ko).toContain('한국어(CP949)(으)로 읽었습니다')
    expect(ko).toContain('CSV UTF-8')
  })

  it('says nothing when the encoding was certain or the file is a workbook', () => {
    expect(encodingNote(info('euc-kr'), translator('en'))).toBeNull()
    expect(encodingNote(info(null), translator('en'))).toBeNull()
  })
})
