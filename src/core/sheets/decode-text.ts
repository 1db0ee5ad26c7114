import { decodeCp949Strict } from './cp949'

/**
 * Text files arrive in whatever encoding the exporting program used: Excel on
 * Korean Windows saves CSV as CP949, newer tools as UTF-8 (with or without a
 * BOM), "Unicode text" as UTF-16. Decoding ourselves keeps Hangul intact.
 */
export interface DecodedText {
  readonly text: string
  /**
   * WHATWG label of the encoding used: 'utf-8', 'utf-16le', 'utf-16be',
   * 'euc-kr' (meaning CP949, as in the WHATWG spec) or 'windows-1252'.
   */
  readonly encoding: string
}

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * Decides the encoding: a BOM is authoritative; otherwise strict UTF-8, then
 * strict CP949, then Windows-1252 (which accepts any byte) for Western
 * exports that are neither. Korean text is almost never valid UTF-8 by
 * accident, and Western accented text rarely forms valid CP949 pairs.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' }
  }
  const utf8 = decodeUtf8Strict(bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' }
  const cp949 = decodeCp949Strict(bytes)
  if (cp949 !== null) return { text: cp949, encoding: 'euc-kr' }
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
}
