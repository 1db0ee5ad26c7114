/**
 * Every place where the corpus tests expect something other than what the
 * peer project's own test asserts, with the reason. The same list, in prose,
 * is test/fixtures/corpus/DIFFERENCES.md; corpus-sources.test.ts checks the
 * two name the same differences. A test that adjusts a peer's value says
 * which difference it applies through `adjusted`, so nothing is changed
 * silently.
 */
export const CORPUS_DIFFERENCES = {
  'cells-are-text': {
    what: 'Typed values (Float(1.0), Bool(false), Error(Div0), Empty) are read as text: 1 → "1", 0.5 → "0.5", false → "FALSE", #DIV/0! as Excel shows it, an empty cell → "".',
    why: 'A Sheetport table is text a person can check against Excel, cell by cell; what a value must be (a number, a date) is decided per target field when it is mapped.'
  },
  'exact-numbers': {
    what: 'A number cell reads as its exact value, not as its number format shows it (1000.3 and 1.2 where Excel shows " 1.000,30 € " and " 1,20 € ").',
    why: 'Prices and quantities must reach the service exactly; currency symbols, thousands separators and rounding are display only (percent cells are the one exception: `15%`, the percent in full whatever decimals the format shows, so 62.29333% stays 62.29333%, see corpus-display.test.ts).'
  },
  'dates-iso': {
    what: 'Date cells read as YYYY-MM-DD and date-times as YYYY-MM-DDTHH:MM:SS, with no time zone (roo writes +00:00, exceljs gives JavaScript Date objects in UTC, calamine raw serials).',
    why: 'One unambiguous form whatever the cell’s locale format; a spreadsheet serial has no time zone, so none is invented.'
  },
  'times-hms': {
    what: 'Time-of-day cells read as 24-hour HH:MM:SS ("5:47:13 PM" → "17:47:13", "06:34" → "06:34:00"), with fractions of a second only as far as the cell’s format shows them; elapsed times as Excel shows them ("255:10:10").',
    why: 'One form that every import target accepts, whatever the locale’s AM/PM words; the peers give durations and raw serials instead.'
  },
  'trimmed-whitespace': {
    what: 'Leading and trailing whitespace of every cell is removed, also where the file marks it xml:space="preserve" or a CSV field is quoted; whitespace inside the text is kept. So is one leading apostrophe (Excel\'s text prefix, which platform exports write into the cell: \'00123 reads 00123; \'\'abc reads \'abc; a lone \' stays).',
    why: 'Stray spaces around a SKU or an option name make imports fail invisibly; nobody means them, nor the prefix that only told Excel to keep a number as text.'
  },
  'blank-rows-and-columns-left-out': {
    what: 'Rows and columns with no text are left out of the table; the rows and columns kept still carry their sheet row numbers and letters (a peer’s row_len, last_column or Empty padding has no counterpart).',
    why: 'Spacer rows and empty trailing columns are layout, not data; addressing by row number and letter keeps every cell findable in Excel.'
  },
  'header-row-found': {
    what: 'Sheetport picks a header row (the peers take the first row, or the one the caller names); cells are asserted by sheet row either way, and rows above the header are still read.',
    why: 'Shop exports put titles and notes above the real header; the mapping screen needs the header row.'
  },
  'hidden-sheets-apart': {
    what: 'Hidden and very hidden sheets are not listed (calamine and roo list them with a visibility flag).',
    why: 'People never see those sheets in Excel, so Sheetport never offers them.'
  },
  'no-row-or-merge-flags': {
    what: 'Hidden rows and columns are read like the rest, and merged ranges are not reported: a merge’s text is in its top-left cell, the others are blank (as Excel stores them).',
    why: 'Sheetport imports the data in the cells; visibility and merge geometry are presentation the table does not carry.'
  },
  'csv-text-kept': {
    what: 'A CSV cell keeps the file’s exact text: "11-04-2019" and "2019-11-04T10:17:55" stay text (exceljs turns them into Date objects), "12.50" keeps its zero.',
    why: 'Codes like 00123 or 1E5 and dates in a stated format must arrive as written; a CSV has no cell types to go by.'
  },
  'peer-expectation-disagrees-with-its-file': {
    what: 'csv-spectrum’s location_coordinates.json expects phone number "1234567890" where its CSV holds "2095257564"; the tests follow the file.',
    why: 'The expectation file was not updated when the data changed; Sheetport can only read what the file holds.'
  }
} as const satisfies Record<string, { readonly what: string; readonly why: string }>

export type CorpusDifference = keyof typeof CORPUS_DIFFERENCES

/**
 * The value a corpus test expects where a peer asserts `peer`: Sheetport's
 * `expected`, under the named difference. The peer's value is kept in the
 * call so each adjustment can be read next to what the peer asserts.
 */
export function adjusted<T>(difference: CorpusDifference, peer: unknown, expected: T): T {
  void peer
  void CORPUS_DIFFERENCES[difference]
  return expected
}
