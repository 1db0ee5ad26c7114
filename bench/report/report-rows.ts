import type { FailureReportInput, FailureReportRow } from '../../src/core/report'
import { INTAKE_HEADERS, intakeRow } from '../intake/sample-sheet'

/** The reasons the report rows carry, as the engine words them (Korean, as most shop staff read them). */
const REASONS = ['이미지 주소에서 이미지를 가져오지 못했습니다. 주소를 확인해 주세요.', '상품코드가 이미 있습니다.', '서비스가 응답하지 않았습니다. 다시 보내 주세요.'] as const

/** `count` failed rows of the intake sheet, as a failure report lists them. */
export function failedRows(count: number): FailureReportRow[] {
  return Array.from({ length: count }, (_, i) => ({
    rowNumber: i + 2,
    cells: intakeRow(i).map(String),
    status: 'failed',
    reason: REASONS[i % REASONS.length] ?? ''
  }))
}

/** A failure report of `count` rows in `format`, in Korean. */
export function reportInput(count: number, format: FailureReportInput['format']): FailureReportInput {
  return { sourceFileName: 'products.xlsx', sheetName: '상품', headers: [...INTAKE_HEADERS], rows: failedRows(count), blankColumns: [], format, language: 'ko' }
}
