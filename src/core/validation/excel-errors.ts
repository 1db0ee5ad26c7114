import { capitalised, type LocalizedText } from '../../shared/text'
import type { FieldWords } from './field-words'

/** What each error Excel shows in a cell means, in the words of someone who wrote the formula. */
const CAUSES: Readonly<Record<string, LocalizedText>> = {
  '#DIV/0!': { ko: '0으로 나누는 수식입니다', en: 'its formula divides by zero' },
  '#VALUE!': { ko: '수식에 맞지 않는 값이 들어 있습니다 (예: 숫자 자리에 글자)', en: 'its formula got a value of the wrong kind (text where a number belongs, say)' },
  '#REF!': { ko: '수식이 지워진 셀을 가리킵니다', en: 'its formula points at cells that were deleted' },
  '#NAME?': { ko: '수식에 Excel이 모르는 함수나 이름이 있습니다', en: 'its formula uses a function or name Excel does not know' },
  '#N/A': { ko: '수식이 찾는 값이 없습니다 (VLOOKUP 등)', en: 'its formula looked for a value that is not there (VLOOKUP, say)' },
  '#NUM!': { ko: '수식이 계산할 수 없는 숫자를 만들었습니다', en: 'its formula made a number Excel cannot work out' },
  '#NULL!': { ko: '수식의 범위가 서로 겹치지 않습니다', en: 'its formula names ranges that do not meet' },
  '#SPILL!': { ko: '수식 결과가 들어갈 자리가 막혀 있습니다', en: 'its formula’s results have no room to spill into' },
  '#CALC!': { ko: '수식을 계산하지 못했습니다', en: 'Excel could not work its formula out' },
  '#GETTING_DATA': { ko: '저장할 때 데이터를 아직 불러오는 중이었습니다', en: 'it was still loading data when the file was saved' }
}

/** Whether a cell's text is an error Excel shows instead of a value (a cached formula error such as #DIV/0!). */
export function isExcelError(value: string): boolean {
  // Every error Excel shows starts with '#': nearly every cell is told apart by its first character.
  const text = value.trimStart()
  return text.charCodeAt(0) === 0x23 && Object.hasOwn(CAUSES, text.trimEnd().toUpperCase())
}

/**
 * Why a cell showing an Excel error can't be sent, and how to fix it: a
 * price that is #VALUE! in Excel must not silently become "no price".
 */
export function excelErrorMessage(value: string, words: FieldWords): LocalizedText {
  const error = value.trim().toUpperCase()
  const cause = CAUSES[error] ?? { ko: '수식에 오류가 있습니다', en: 'its formula has an error' }
  return {
    ko: `${words.column.ko}에 Excel 오류 ${error}가 보입니다 — ${cause.ko}. Excel에서 수식을 고치거나 값을 직접 적은 뒤 다시 가져오세요`,
    en: `${capitalised(words.column.en)} shows the Excel error ${error} — ${cause.en}. Fix the formula in Excel, or type the value, then open the file again`
  }
}
