import { scanCp1252 } from './cp1252'
import { scanCp949 } from './cp949'
import { scanUtf8 } from './utf8-scan'

/** An encoding Sheetport can guess for a text file without a BOM. */
export type GuessedEncoding = 'utf-8' | 'euc-kr' | 'windows-1252'

/** The guess for bytes that are not valid UTF-8, and whether it is sure enough to go unmentioned. */
export interface EncodingGuess {
  readonly encoding: GuessedEncoding
  /** False when the bytes fit no encoding cleanly or two fit about as well: the person is told which one was assumed. */
  readonly sure: boolean
  /** For the chosen encoding, whether every byte decodes (a CP949 file with a damaged byte is read leniently). */
  readonly clean: boolean
}

interface Candidate {
  readonly encoding: GuessedEncoding
  /** Characters that read as real text in this encoding. */
  readonly evidence: number
  /** Every byte decodes and none is one this encoding's text never has. */
  readonly clean: boolean
  /** Evidence as a share of the non-ASCII characters it could have come from. */
  readonly share: number
}

/**
 * Guesses the encoding of bytes that are not valid UTF-8 (Excel's "CSV
 * (Comma delimited)" on Korean Windows is CP949, on Western Windows
 * Windows-1252) by counting, per encoding, characters that look like real
 * text in it:
 * - CP949: pairs in the KS X 1001 area, where everyday Hangul lives. The
 *   rare-syllable area is not counted: Western "Äpfel" (C4 70) lands there,
 *   so strict CP949 validity alone proves little for short files.
 * - Windows-1252: accented letters touching a plain letter, symbols among
 *   plain text. Hangul pairs read this way are runs of symbols and stray
 *   capitals that touch no plain letter.
 * - UTF-8: well-formed characters (a UTF-8 file with a damaged cell).
 * The most evidence wins (ties and no evidence at all: CP949 if every byte
 * fits it, else Windows-1252). It is sure when it won outright, fits every
 * byte, and at least half its characters look like text.
 */
export function guessEncoding(bytes: Uint8Array): EncodingGuess {
  const korean = scanCp949(bytes)
  const western = scanCp1252(bytes)
  const utf8 = scanUtf8(bytes)
  const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole)
  const candidates: Candidate[] = [
    { encoding: 'euc-kr', evidence: korean.common, clean: korean.invalid === 0, share: share(korean.common, korean.common + korean.rare + korean.invalid) },
    { encoding: 'windows-1252', evidence: western.plausible, clean: western.undefinedBytes === 0, share: share(western.plausible, western.high) },
    { encoding: 'utf-8', evidence: utf8.characters, clean: false, share: share(utf8.characters, utf8.characters + utf8.invalid) }
  ]
  const best = candidates.reduce((a, b) => (b.evidence > a.evidence ? b : a))
  if (best.evidence === 0) {
    const koreanFits = candidates[0] as Candidate
    return { encoding: koreanFits.clean ? 'euc-kr' : 'windows-1252', sure: false, clean: koreanFits.clean }
  }
  const outright = candidates.every((c) => c === best || c.evidence < best.evidence)
  return { encoding: best.encoding, sure: outright && best.clean && best.share >= 0.5, clean: best.clean }
}
