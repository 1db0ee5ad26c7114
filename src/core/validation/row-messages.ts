import type { TargetId } from '../../shared/targets'
import type { LocalizedText } from '../../shared/text'
import { withParticle as p } from './korean-particle'

/** What a repeated natural key is called, per service: the noun and who may appear once. */
const DUPLICATE_WORDS: Readonly<Record<'omnicommerce' | 'occ' | 'nclue', (row: number) => LocalizedText>> = {
  omnicommerce: (row) => ({
    en: `Same product id as row ${row} — each product can appear only once`,
    ko: `${row}행과 상품코드가 같습니다 — 같은 상품은 한 번만 넣을 수 있습니다`
  }),
  occ: (row) => ({
    en: `Same email as row ${row} — each customer can appear only once`,
    ko: `${row}행과 이메일이 같습니다 — 같은 고객은 한 번만 넣을 수 있습니다`
  }),
  nclue: (row) => ({
    en: `Same profile name as row ${row} — each profile name can be used only once`,
    ko: `${row}행과 프로필명이 같습니다 — 같은 이름은 한 번만 쓸 수 있습니다`
  })
}

/** "Same … as row N": for every repeat of a natural key after its first row. */
export function duplicateMessage(target: TargetId, firstRow: number): LocalizedText {
  const service = target.startsWith('products:') ? 'omnicommerce' : target === 'customers:create' ? 'occ' : 'nclue'
  return DUPLICATE_WORDS[service](firstRow)
}

/** The warning for a row that is the template's example row. */
export const TEMPLATE_EXAMPLE_MESSAGE: LocalizedText = {
  en: 'This looks like the template’s example row — delete it unless you really mean to upload it',
  ko: '템플릿의 예시 행으로 보입니다 — 실제로 올릴 행이 아니면 지워 주세요'
}

/** The warning for a "no" in the default-address column, which the OCC client can't send yet. */
export const DEFAULT_ADDRESS_IGNORED_MESSAGE: LocalizedText = {
  en: 'The default-address column says no, but the address will be saved as the default one — each customer gets only this one address',
  ko: '기본 배송지 열이 ‘아니오’이지만 이 주소는 기본 배송지로 저장됩니다 — 고객마다 이 주소 하나만 들어갑니다'
}

/** "A and B" / "A, B and C". */
function joinEn(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`
}

/** "A와 B" with the right 와/과 after each word but the last. */
function joinKo(words: readonly string[]): string {
  return words.map((w, i) => (i < words.length - 1 ? p(w, '과/와') : w)).join(' ')
}

/** A row gives none of the fields of which it must give one (intents: task ID or task name). */
export function missingOneOfMessage(labels: readonly LocalizedText[]): LocalizedText {
  return {
    en: `${joinEn(labels.map((l) => l.en))} are ${labels.length === 2 ? 'both' : 'all'} empty — fill in one of them`,
    ko: `${p(joinKo(labels.map((l) => l.ko)), '이/가')} 모두 비어 있습니다 — 하나를 채워 주세요`
  }
}

/** A row gives several fields of which it must give exactly one. */
export function bothOfMessage(labels: readonly LocalizedText[]): LocalizedText {
  return {
    en: `${joinEn(labels.map((l) => l.en))} are ${labels.length === 2 ? 'both' : 'all'} filled in — keep only one of them`,
    ko: `${p(joinKo(labels.map((l) => l.ko)), '을/를')} 모두 적었습니다 — 하나만 남겨 주세요`
  }
}
