import { isUtf8 } from 'node:buffer'
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

/** How a file's text is turned into a string, piece by piece. */
interface Decoding {
  readonly encoding: string
  readonly unsure: boolean
  /** Bytes of the text itself (after any BOM). */
  readonly body: Uint8Array
  /** Bytes per code unit, and where a line feed's 0x0A byte sits in one (UTF-16BE: second). */
  readonly unit: 1 | 2
  readonly lineFeedAt: 0 | 1
  readonly decode: (bytes: Uint8Array) => string
}

/** Bytes decoded at a time: the text is never one string, and a piece's cells are short slices of it. */
const PIECE_BYTES = 4 * 1024 * 1024

const utf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)

/**
 * Decides the encoding: a BOM is authoritative; valid UTF-8 is UTF-8 (Korean
 * and Western legacy text is almost never valid UTF-8 by accident);
 * anything else is weighed between CP949, Windows-1252 and damaged UTF-8 by
 * guessEncoding.
 */
function decoding(bytes: Uint8Array): Decoding {
  const single = { unit: 1, lineFeedAt: 0 } as const
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', unsure: false, body: bytes.subarray(3), ...single, decode: utf8 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const decoder = new TextDecoder('utf-16le', { ignoreBOM: true })
    return { encoding: 'utf-16le', unsure: false, body: bytes.subarray(2), unit: 2, lineFeedAt: 0, decode: (b) => decoder.decode(b) }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const decoder = new TextDecoder('utf-16be', { ignoreBOM: true })
    return { encoding: 'utf-16be', unsure: false, body: bytes.subarray(2), unit: 2, lineFeedAt: 1, decode: (b) => decoder.decode(b) }
  }
  if (isUtf8(bytes)) return { encoding: 'utf-8', unsure: false, body: bytes, ...single, decode: utf8 }
  const guess = guessEncoding(bytes)
  const unsure = !guess.sure
  if (guess.encoding === 'euc-kr') {
    const decode = guess.clean ? (b: Uint8Array) => decodeCp949Strict(b) ?? decodeCp949Lenient(b) : decodeCp949Lenient
    return { encoding: 'euc-kr', unsure, body: bytes, ...single, decode }
  }
  if (guess.encoding === 'utf-8') return { encoding: 'utf-8', unsure, body: bytes, ...single, decode: utf8 }
  return { encoding: 'windows-1252', unsure, body: bytes, ...single, decode: decodeCp1252 }
}

/**
 * Where the piece starting at `from` ends: just after the first line feed at
 * least `size` bytes on, or at the end. A line feed never sits inside a
 * character in these encodings, so each piece decodes on its own to exactly
 * its share of the text.
 */
function pieceEnd(body: Uint8Array, from: number, size: number, unit: 1 | 2, lineFeedAt: 0 | 1): number {
  for (let at = body.indexOf(0x0a, from + size); at !== -1; at = body.indexOf(0x0a, at + 1)) {
    const other = unit === 2 ? body[lineFeedAt === 0 ? at + 1 : at - 1] : 0
    if ((at - lineFeedAt) % unit === 0 && other === 0) return at - lineFeedAt + unit
  }
  return body.length
}

/** A text file's encoding and its text in pieces, each ending at a line break (but the last), so a large file is never one string. */
export interface TextPieces {
  /** WHATWG label, as DecodedText.encoding. */
  readonly encoding: string
  readonly unsure: boolean
  /** The text, a few megabytes at a time, in order. */
  pieces(): Generator<string>
}

/** Decodes a text file the way decodeText does, in pieces of about `pieceBytes`. */
export function decodeTextPieces(bytes: Uint8Array, pieceBytes: number = PIECE_BYTES): TextPieces {
  const { encoding, unsure, body, unit, lineFeedAt, decode } = decoding(bytes)
  return {
    encoding,
    unsure,
    *pieces() {
      for (let from = 0; from < body.length; ) {
        const end = pieceEnd(body, from, pieceBytes, unit, lineFeedAt)
        yield decode(body.subarray(from, end))
        from = end
      }
    }
  }
}

/** Decodes a whole text file into one string (small files, tests); large ones are read with decodeTextPieces. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, unsure, pieces } = decodeTextPieces(bytes, Number.POSITIVE_INFINITY)
  return { text: [...pieces()].join(''), encoding, unsure }
}
