/*
 * Header text as the matcher compares it: NFKC (full-width → ASCII), lower
 * case, only letters and digits kept, so "E-mail", "e mail" and "EMAIL" are
 * one key. "Required" markers are dropped first: `*`, `(필수)`, `[필수 입력]`,
 * and 필수 as a word of its own ("필수 상품명", "상품명\n필수"). Line breaks
 * inside a cell are spaces like any other. The header's own text, marks and
 * all, stays what the screen shows.
 */

const REQUIRED_MARKERS = /[([{<【]\s*(필수|선택|required|optional|mandatory)(?:\s*(?:입력|항목))?\s*[)\]}>】]|\*|(?:^|\s)필수(?=\s|$)/giu
const BRACKETED = /[([{<【][^)\]}>】]*[)\]}>】]/gu

/** Letters and digits of `text`, lower-cased: the key headers and labels are compared by. */
export function normalizeHeaderText(text: string): string {
  return text.normalize('NFKC').replace(REQUIRED_MARKERS, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * The keys a header is tried under: the whole text, then the text without
 * bracketed notes ("판매가(원)" → "판매가", "Price (KRW)" → "price").
 * Empty keys are left out; the first key is the whole text.
 */
export function headerKeys(header: string): readonly string[] {
  const full = normalizeHeaderText(header)
  const stripped = normalizeHeaderText(header.normalize('NFKC').replace(BRACKETED, ''))
  const keys: string[] = []
  if (full !== '') keys.push(full)
  if (stripped !== '' && stripped !== full) keys.push(stripped)
  return keys
}
