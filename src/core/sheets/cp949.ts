import * as cpexcel from 'xlsx/dist/cpexcel'

/**
 * Strict CP949 (Windows "Korean", a superset of EUC-KR) decoder.
 *
 * Why not TextDecoder('euc-kr')? Node 20's ICU maps that label to plain
 * EUC-KR (KS X 1001, 2,350 Hangul), not to windows-949 as the WHATWG spec
 * says: the 8,822 extra syllables Excel writes (똠, 햏, 뷁 …) come out as
 * stray ASCII, and `fatal: true` does not even notice. SheetJS ships the full
 * CP949 table (11,172 Hangul) with the xlsx package, so we decode with that.
 */

// ESM exposes the table as a named export; CommonJS (tsx, the bundled app) as the module itself.
const codepages = (cpexcel as { cptable?: typeof cpexcel.default }).cptable ?? cpexcel.default

let lookup: Uint16Array | null = null

/** Code point per byte or byte pair (lead << 8 | trail); 0 marks "not CP949". Built once per worker. */
function table(): Uint16Array {
  if (lookup) return lookup
  const dec = codepages[949]?.dec
  if (!dec) throw new Error('CP949 table missing from xlsx/dist/cpexcel')
  const t = new Uint16Array(0x10000)
  for (let code = 0; code < 0x10000; code++) {
    const ch = dec[code]
    if (typeof ch === 'string' && ch.length === 1) t[code] = ch.charCodeAt(0)
  }
  lookup = t
  return t
}

/** Decodes CP949 bytes, or returns null at the first byte sequence CP949 does not define. */
export function decodeCp949Strict(bytes: Uint8Array): string | null {
  return decode(bytes, true)
}

/** Decodes CP949 bytes, putting U+FFFD for each byte that starts no CP949 character (a damaged Korean file). */
export function decodeCp949Lenient(bytes: Uint8Array): string {
  return decode(bytes, false) as string
}

function decode(bytes: Uint8Array, fatal: boolean): string | null {
  const t = table()
  const units = new Uint16Array(bytes.length)
  let n = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number
    if (b < 0x80) {
      units[n++] = b
      continue
    }
    const trail = bytes[i + 1]
    const unit = trail === undefined ? 0 : (t[(b << 8) | trail] as number)
    if (unit === 0) {
      if (fatal) return null
      units[n++] = 0xfffd
      continue
    }
    units[n++] = unit
    i++
  }
  return new TextDecoder('utf-16le').decode(units.subarray(0, n))
}

/** How the non-ASCII bytes of a file read as CP949, for guessing its encoding. */
export interface Cp949Scan {
  /** Pairs in the KS X 1001 area (both bytes A1–FE): the 2,350 everyday Hangul, hanja and symbols Korean text is made of. */
  readonly common: number
  /** Other CP949 pairs (a trail byte below A1): the 8,822 rare syllables, and what Western accents followed by a letter look like. */
  readonly rare: number
  /** Bytes that start no CP949 character. */
  readonly invalid: number
}

/** Counts a file's CP949 pairs by kind (see Cp949Scan). */
export function scanCp949(bytes: Uint8Array): Cp949Scan {
  const t = table()
  let common = 0
  let rare = 0
  let invalid = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number
    if (b < 0x80) continue
    const trail = bytes[i + 1]
    if (trail === undefined || t[(b << 8) | trail] === 0) {
      invalid++
      continue
    }
    if (b >= 0xa1 && trail >= 0xa1) common++
    else rare++
    i++
  }
  return { common, rare, invalid }
}
