import { capitalised, type LocalizedText } from '../../shared/text'
import type { FieldWords } from './field-words'
import { withParticle as p } from './korean-particle'

/**
 * The note for a number cell that showed a percent, saying what is sent:
 * a percent field (discount rate) takes the number shown (15% → 15), any
 * other number field the value (15% → 0.15), which someone who meant 15
 * needs to hear before sending.
 */
export function percentNote(shown: string, sent: string, percentField: boolean, words: FieldWords): LocalizedText {
  const sentKo = `${words.column.ko}의 ${shown} → ${words.label.ko}에 ${p(sent, '을/를')} 보냅니다`
  const sentEn = `${capitalised(words.column.en)} shows ${shown} — ${words.label.en} is sent as ${sent}`
  if (percentField) return { en: sentEn, ko: sentKo }
  const number = shown.replace(/\s*[%％]$/, '')
  return {
    en: `${sentEn} (${shown} = ${sent}); if you meant ${number}, write ${number} without %`,
    ko: `${sentKo} (${shown} = ${sent}). ${p(number, '을/를')} 뜻했다면 % 없이 적어 주세요`
  }
}
