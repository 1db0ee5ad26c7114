import { REPORT_COLUMNS, REPORT_COLUMNS_KO } from '../../shared/mapping'
import type { Language, LocalizedText } from '../../shared/text'

/**
 * Why a row is in a failure report:
 * - 'invalid': not sent, because it needs fixing first;
 * - 'failed': sent, and the service refused it;
 * - 'unknown': sent, but the answer never came, so it may or may not have been applied;
 * - 'not-sent': the job was cancelled before this row was sent.
 */
export type ReportRowStatus = 'invalid' | 'failed' | 'unknown' | 'not-sent'

const STATUS_WORDS: Readonly<Record<ReportRowStatus, LocalizedText>> = {
  invalid: { ko: '수정 필요 (보내지 않음)', en: 'Needs fixing (not sent)' },
  failed: { ko: '실패', en: 'Failed' },
  unknown: { ko: '확인 필요 (반영됐을 수 있음)', en: 'Unknown (may have been applied)' },
  'not-sent': { ko: '보내지 않음 (취소됨)', en: 'Not sent (cancelled)' }
}

/** The word the report's status column shows for a status, in the report's language. */
export function statusWord(status: ReportRowStatus, language: Language): string {
  return STATUS_WORDS[status][language]
}

/**
 * The headers of the columns Sheetport appends, in report order: source
 * sheet, source row, status, reason. They come from the shared lists that
 * mapping signatures ignore, so a report re-imported keeps its saved mapping.
 */
export function sheetportHeaders(language: Language): readonly [string, string, string, string] {
  const [status, reason, sourceRow, sourceSheet] = language === 'ko' ? REPORT_COLUMNS_KO : REPORT_COLUMNS
  return [sourceSheet, sourceRow, status, reason]
}
