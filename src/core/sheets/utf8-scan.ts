/** How the non-ASCII bytes of a file read as UTF-8, for guessing the encoding of a file that is not quite UTF-8. */
export interface Utf8Scan {
  /** Well-formed multi-byte characters. */
  readonly characters: number
  /** Non-ASCII bytes that belong to no well-formed character. */
  readonly invalid: number
}

/** Bytes a UTF-8 character starting with `lead` takes, or 0 if no character starts so. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

/**
 * Counts well-formed multi-byte UTF-8 characters and stray bytes. A UTF-8
 * file with one damaged cell still has mostly well-formed characters; a
 * CP949 or Windows-1252 file has almost none (their bytes rarely line up as
 * a lead byte followed by the right number of 80–BF bytes).
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let characters = 0
  let invalid = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number
    if (b < 0x80) continue
    const length = sequenceLength(b)
    let ok = length > 0 && i + length <= bytes.length
    for (let k = 1; ok && k < length; k++) {
      const c = bytes[i + k] as number
      ok = c >= 0x80 && c <= 0xbf
    }
    if (ok) {
      characters++
      i += length - 1
    } else {
      invalid++
    }
  }
  return { characters, invalid }
}
