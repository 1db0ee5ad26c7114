import { describe, expect, it } from 'vitest'
import { detectDelimiter, parseDelimited, parseDelimitedPieces, type Delimiter } from '../../../src/core/sheets/delimited-text'

function records(text: string, delimiter: Delimiter = ','): string[][] {
  const out: string[][] = []
  parseDelimited(text, delimiter, (fields) => {
    out.push(fields)
  })
  return out
}

describe('parseDelimited', () => {
  it('keeps line breaks and doubled quotes inside quoted fields', () => {
    expect(records('name,memo\r\n"사과","첫 줄\r\n둘째 줄"\r\n"say ""hi""",x\r\n')).toEqual([
      ['name', 'memo'],
      ['사과', '첫 줄\r\n둘째 줄'],
      ['say "hi"', 'x']
    ])
  })

  it('accepts LF, CRLF and lone CR line endings, mixed', () => {
    expect(records('a\nb\r\nc\rd')).toEqual([['a'], ['b'], ['c'], ['d']])
  })

  it('keeps trailing separators and ragged rows as they are', () => {
    expect(records('a,b,\n1\n,,3')).toEqual([['a', 'b', ''], ['1'], ['', '', '3']])
  })

  it('treats quotes inside an unquoted field as text, like Excel', () => {
    expect(records('5" screen,"x"y')).toEqual([['5" screen', 'xy']])
  })

  it('takes the rest of the file into a field whose quote never closes', () => {
    expect(records('a,"open\nstill open')).toEqual([['a', 'open\nstill open']])
  })

  it('produces no records for empty text', () => {
    expect(records('')).toEqual([])
  })

  it('stops when the callback returns false', () => {
    const seen: string[][] = []
    parseDelimited('a\nb\nc', ',', (f) => {
      seen.push(f)
      return seen.length < 2
    })
    expect(seen).toEqual([['a'], ['b']])
  })
})

describe('detectDelimiter', () => {
  it('uses comma by default', () => {
    expect(detectDelimiter('sku,name\n1,a\n', 'a.csv')).toEqual({ delimiter: ',', skip: 0 })
    expect(detectDelimiter('just one column\nvalue', 'a.csv').delimiter).toBe(',')
  })

  it('uses tab for .tsv files whatever the content', () => {
    expect(detectDelimiter('a,b\n1,2', 'list.TSV').delimiter).toBe('\t')
  })

  it('uses tab when tabs dominate a .csv or .txt file', () => {
    expect(detectDelimiter('상품명\t가격\t메모\n사과\t1000\t빨강, 큼\n', 'export.csv').delimiter).toBe('\t')
  })

  it('uses semicolon when it clearly dominates, even with decimal commas in the data', () => {
    expect(detectDelimiter('Name;Preis;Menge\nA;1,5;2\nB;2,5;3\nC;3;4\n', 'de.csv').delimiter).toBe(';')
  })

  it('keeps comma when semicolons only appear inside some values', () => {
    expect(detectDelimiter('name,memo\nA,"x; y"\nB,plain\n', 'a.csv').delimiter).toBe(',')
  })

  it("honours Excel's sep= first line and skips it", () => {
    expect(detectDelimiter('sep=;\r\na;b\r\n', 'a.csv')).toEqual({ delimiter: ';', skip: 7 })
  })
})

describe('parseDelimitedPieces', () => {
  /** The records of `text` read in the pieces cut at `cuts`, and whether they equal the records of the whole. */
  function inPieces(text: string, cuts: readonly number[], delimiter: Delimiter = ','): string[][] {
    const bounds = [0, ...cuts, text.length]
    const pieces = bounds.slice(1).map((end, i) => text.slice(bounds[i], end))
    const out: string[][] = []
    parseDelimitedPieces(pieces, delimiter, (fields) => {
      out.push(fields)
    })
    return out
  }

  const tricky = [
    'name,memo\r\n"사과","첫 줄\r\n둘째 줄"\r\n"say ""hi""",x\r\n',
    'a\nb\r\nc\rd\r\n\r\ne,',
    '5" screen,"x"y\n"",""""\n,,\n',
    'a,"open\nstill open, and "" more\r\nlines'
  ]

  it('reads the same records as the whole text, wherever one cut falls (mid-quote, between a CR and its LF, after a separator)', () => {
    for (const text of tricky) {
      const whole = records(text)
      for (let cut = 0; cut <= text.length; cut++) expect(inPieces(text, [cut]), `${JSON.stringify(text)} cut at ${cut}`).toEqual(whole)
    }
  })

  it('reads the same records when the text comes one character at a time', () => {
    for (const text of tricky) expect(inPieces(text, Array.from({ length: text.length }, (_, i) => i))).toEqual(records(text))
  })

  it('stops when told to, reading no further piece', () => {
    const seen: string[][] = []
    parseDelimitedPieces(['a\nb\n', 'c\nd\n'], ',', (fields) => {
      seen.push(fields)
      return seen.length < 3
    })
    expect(seen).toEqual([['a'], ['b'], ['c']])
  })
})
