import { decodeCp1252 } from './cp1252'
import { decodeCp949Lenient, decodeCp949Strict } from './cp949'
import { guessEncoding } from './guess-encoding'

/**
 * Text files arrive in whatever encoding the exporting program used: Excel on
 * Korean Windows saves CSV as CP949, on Western Windows as Windows-1252,
 * newer tools as UTF-8 (with or without a BOM), "Unicode text" as UTF-16.
 * Decoding ourselves keeps Hangul and accents intact.
 */
export interface DecodedText {
  readonly text: string
  /**
   * WHATWG label of the encoding used: 'utf-8', 'utf-16le', 'utf-16be',
   * 'euc-kr' (meaning CP949, as in the WHATWG spec) or 'windows-1252'.
   */
  readonly encoding: string
  /** True when the encoding was a guess among near-equals or did not fit every byte: worth telling the person. */
  readonly unsure: boolean
}

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * Decides the encoding: a BOM is authoritative; valid UTF-8 is UTF-8 (Korean
 * and Western legacy text is almost never valid UTF-8 by accident);
 * anything else is weighed between CP949, Windows-1252 and damaged UTF-8 by
 * guessEncoding.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8', unsure: false }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le', unsure: false }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be', unsure: false }
  }
  const utf8 = decodeUtf8Strict(bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', unsure: false }
  const guess = guessEncoding(bytes)
  const unsure = !guess.sure
  if (guess.encoding === 'euc-kr') {
    return { text: guess.clean ? (decodeCp949Strict(bytes) as string) : decodeCp949Lenient(bytes), encoding: 'euc-kr', unsure }
  }
  if (guess.encoding === 'utf-8') return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8', unsure }
  return { text: decodeCp1252(bytes), encoding: 'windows-1252', unsure }
}
