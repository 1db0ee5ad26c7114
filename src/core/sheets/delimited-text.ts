/**
 * CSV/TSV parsing, done here rather than by SheetJS: given a string, SheetJS
 * first sniffs its content, so a CSV whose first cell starts with "<" is
 * parsed as HTML (and throws), one starting with "TABLE" as DIF (and comes back
 * empty), one starting with "ID" is tried as SYLK. This parser only splits
 * text; every cell stays the exact text that was in the file.
 */

/** The separators Sheetport recognises. */
export type Delimiter = ',' | '\t' | ';' | '|'

const QUOTE = 0x22
const CR = 0x0d
const LF = 0x0a
// Enough records to see the file's shape without scanning a 100 MB file twice.
const SNIFF_RECORDS = 50

/**
 * Splits text into records of fields, Excel's way: a field is quoted only if
 * it starts with a quote; inside, "" is a quote and line breaks are data;
 * text after a closing quote is kept as is. CRLF, LF and lone CR end records.
 * `onRecord` may throw to stop early (row caps); returning false stops too.
 * Returns where the text was read up to: all of it, unless `final` is false
 * (more text follows, parseDelimitedPieces), when a last record that may go
 * on in the next piece is left unread for it.
 */
export function parseDelimited(text: string, delimiter: Delimiter, onRecord: (fields: string[]) => boolean | void, final = true): number {
  const sep = delimiter.charCodeAt(0)
  const length = text.length
  let fields: string[] = []
  let i = 0
  let recordStart = 0
  while (i < length) {
    let field = ''
    if (text.charCodeAt(i) === QUOTE) {
      i++
      for (;;) {
        const close = text.indexOf('"', i)
        if (close === -1) {
          if (!final) return recordStart
          // Unbalanced quote: Excel takes the rest of the file as this field, and so do we.
          field += text.slice(i)
          i = length
          break
        }
        field += text.slice(i, close)
        i = close + 1
        // A quote at the very end of a piece may be the first of a doubled one.
        if (!final && i === length) return recordStart
        if (text.charCodeAt(i) !== QUOTE) break
        field += '"'
        i++
      }
    }
    let end = i
    while (end < length) {
      const c = text.charCodeAt(end)
      if (c === sep || c === CR || c === LF) break
      end++
    }
    if (!final && end === length) return recordStart
    field += text.slice(i, end)
    fields.push(field)
    i = end
    const c = text.charCodeAt(i)
    if (c === sep) {
      i++
      // A separator as the very last character still ends with one empty field.
      if (i === length) {
        if (!final) return recordStart
        fields.push('')
      }
      continue
    }
    // A CR at the very end of a piece may be the first half of a CRLF.
    if (!final && c === CR && i + 1 === length) return recordStart
    if (c === CR && text.charCodeAt(i + 1) === LF) i++
    i++
    if (onRecord(fields) === false) return length
    fields = []
    recordStart = i
  }
  if (fields.length > 0) onRecord(fields)
  return length
}

/**
 * parseDelimited over a text that comes in pieces (a large file decoded a
 * few megabytes at a time), so the whole text never exists as one string: a
 * record cut by a piece's end is read again with the next piece. The same
 * records as parseDelimited over the pieces joined.
 */
export function parseDelimitedPieces(pieces: Iterable<string>, delimiter: Delimiter, onRecord: (fields: string[]) => boolean | void): void {
  let stopped = false
  const each = (fields: string[]): boolean | void => {
    if (onRecord(fields) === false) stopped = true
    return !stopped
  }
  let pending = ''
  // A record longer than a piece (an unclosed quote) waits for its text to double before it is tried again, not once per piece.
  let tryAt = 0
  for (const piece of pieces) {
    pending += piece
    if (pending.length < tryAt) continue
    const readUpTo = parseDelimited(pending, delimiter, each, false)
    if (stopped) return
    tryAt = readUpTo === 0 ? pending.length * 2 : 0
    pending = pending.slice(readUpTo)
  }
  parseDelimited(pending, delimiter, each)
}

const CANDIDATES: readonly Delimiter[] = [',', '\t', ';', '|']
// Enough text to see the file's shape without scanning a 100 MB file twice.
const SNIFF_CHARS = 64 * 1024

/** Per record, how often each candidate occurs outside quotes, over the first records. */
function countPerRecord(text: string): Record<Delimiter, number[]> {
  const counts: Record<Delimiter, number[]> = { ',': [], '\t': [], ';': [], '|': [] }
  const current: Record<Delimiter, number> = { ',': 0, '\t': 0, ';': 0, '|': 0 }
  const flush = (): void => {
    for (const d of CANDIDATES) {
      counts[d].push(current[d])
      current[d] = 0
    }
  }
  let quoted = false
  let records = 0
  const end = Math.min(text.length, SNIFF_CHARS)
  for (let i = 0; i < end && records < SNIFF_RECORDS; i++) {
    const ch = text[i] as string
    // A doubled quote toggles twice, so it correctly leaves the state unchanged.
    if (ch === '"') quoted = !quoted
    else if (quoted) continue
    else if (ch === ',' || ch === '\t' || ch === ';' || ch === '|') current[ch]++
    else if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      flush()
      records++
    }
  }
  if (records < SNIFF_RECORDS) flush()
  return counts
}

/** How many records share the most common non-zero count: a real delimiter repeats the same number of times per line. */
function consistency(counts: readonly number[]): number {
  const frequency = new Map<number, number>()
  for (const c of counts) if (c > 0) frequency.set(c, (frequency.get(c) ?? 0) + 1)
  return Math.max(0, ...frequency.values())
}

/**
 * Picks the delimiter: an Excel `sep=` first line if present; tab for .tsv;
 * otherwise the candidate whose per-record count is most consistent over the
 * first records (a delimiter repeats the same number of times per line, a
 * stray comma in text does not). Ties go to comma, then tab, semicolon
 * and pipe (a pipe-separated export from an ERP or a shop's back office). `skip` is the
 * length of a `sep=` preamble to drop.
 */
export function detectDelimiter(text: string, fileName: string): { delimiter: Delimiter; skip: number } {
  const sepLine = /^sep=([,;\t|])(\r\n|\r|\n|$)/.exec(text)
  if (sepLine) return { delimiter: sepLine[1] as Delimiter, skip: sepLine[0].length }
  if (/\.tsv$/i.test(fileName)) return { delimiter: '\t', skip: 0 }
  const counts = countPerRecord(text)
  let best: Delimiter = ','
  let bestScore = 0
  for (const d of CANDIDATES) {
    const score = consistency(counts[d])
    if (score > bestScore) {
      best = d
      bestScore = score
    }
  }
  return { delimiter: best, skip: 0 }
}
