// Frozen from b1cea31:src/core/mapping/normalize.ts for bench figure 8's baseline; see auto-map.ts here. Do not update.
/*
 * Header text as the matcher compares it: NFKC (full-width → ASCII), lower
 * case, only letters and digits kept, so "E-mail", "e mail" and "EMAIL" are
 * one key. "Required" markers are dropped first.
 */

const REQUIRED_MARKERS = /[([{<【]\s*(필수|선택|required|optional|mandatory)\s*[)\]}>】]|\*/giu
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
