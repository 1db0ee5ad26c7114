/**
 * Windows-1252 ("Western European"), the code page Excel writes CSV in on
 * English, French, German, Spanish … Windows: its decoder, and a measure of
 * how much a file looks like Western text in it.
 */

/** How the non-ASCII bytes of a file read as Windows-1252, for guessing its encoding. */
export interface Cp1252Scan {
  /** Bytes that read as Western text would have them: an accented letter inside a word, a € or curly quote among plain text. */
  readonly plausible: number
  /** All bytes 80–FF. */
  readonly high: number
  /** Bytes Windows-1252 leaves undefined (81, 8D, 8F, 90, 9D): Western text never has them. */
  readonly undefinedBytes: number
}

const UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])
// Š Œ Ž š œ ž Ÿ ƒ: letters in the 80–9F block.
const LETTERS_80 = new Set([0x83, 0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f])

function isAsciiLetter(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a))
}

/** À–ÿ (but × and ÷) and the few letters among 80–9F. */
function isLatinLetter(b: number): boolean {
  return (b >= 0xc0 && b !== 0xd7 && b !== 0xf7) || LETTERS_80.has(b)
}

/**
 * Counts plausible bytes. An accented letter counts when a plain letter
 * touches it (Café, Müller, Ação); punctuation and symbols (€ “ ” ‘ ’ – — …
 * ° £) count when no other non-ASCII byte touches them. Korean CP949 text is
 * runs of non-ASCII pairs, so read this way it scores next to nothing.
 */
export function scanCp1252(bytes: Uint8Array): Cp1252Scan {
  let plausible = 0
  let high = 0
  let undefinedBytes = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number
    if (b < 0x80) continue
    high++
    if (UNDEFINED.has(b)) {
      undefinedBytes++
      continue
    }
    const before = bytes[i - 1]
    const after = bytes[i + 1]
    if (isLatinLetter(b)) {
      if (isAsciiLetter(before) || isAsciiLetter(after)) plausible++
    } else if ((before === undefined || before < 0x80) && (after === undefined || after < 0x80)) {
      plausible++
    }
  }
  return { plausible, high, undefinedBytes }
}

// 80–9F as Windows-1252 has them (81, 8D, 8F, 90, 9D undefined: kept as the C1 control of the same number).
const BLOCK_80 = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178
]

/**
 * Decodes Windows-1252 bytes (every byte maps to something). Not with
 * TextDecoder('windows-1252'): Node 20 decodes that label as Latin-1, so €,
 * curly quotes and dashes (80–9F) came out as invisible control characters.
 */
export function decodeCp1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number
    units[i] = b >= 0x80 && b < 0xa0 ? (BLOCK_80[b - 0x80] as number) : b
  }
  return new TextDecoder('utf-16le').decode(units)
}
