/**
 * Every way reading a spreadsheet can fail, as a stable code the UI can
 * translate, plus the English fallback text. Codes never change meaning;
 * messages may be reworded.
 */
export type SheetErrorCode =
  | 'sheet.empty-file'
  | 'sheet.truncated'
  | 'sheet.encrypted'
  | 'sheet.unsupported-format'
  | 'sheet.html-file'
  | 'sheet.corrupt'
  | 'sheet.no-sheets'
  | 'sheet.sheet-not-found'
  | 'sheet.too-large'
  | 'sheet.too-many-rows'
  | 'sheet.too-many-columns'
  | 'sheet.too-much-text'
  | 'sheet.zip-bomb'
  | 'sheet.timeout'
  | 'sheet.out-of-memory'
  | 'sheet.closed'
  | 'sheet.internal'

/** Values interpolated into a message as `{name}`; kept flat so they cross a worker boundary. */
export type SheetErrorParams = Readonly<Record<string, string | number>>

// One line each, written for shop staff: what happened and, where possible, what to do.
const MESSAGES: Readonly<Record<SheetErrorCode, string>> = {
  'sheet.empty-file': '“{fileName}” is empty.',
  'sheet.truncated': '“{fileName}” is incomplete (it may not have finished downloading or copying). Get a fresh copy and try again.',
  'sheet.encrypted': '“{fileName}” is password-protected. Open it in Excel, remove the password, save it, and try again.',
  'sheet.unsupported-format': '“{fileName}” is not a spreadsheet Sheetport can read. Use .xlsx, .xls, .ods, .csv or .tsv.',
  'sheet.html-file': '“{fileName}” is a web page saved with a spreadsheet name. Open it in Excel and save it as .xlsx, then try again.',
  'sheet.corrupt': '“{fileName}” looks damaged and could not be read. Open it in Excel, save it again, and try again.',
  'sheet.no-sheets': '“{fileName}” has no sheets to read.',
  'sheet.sheet-not-found': 'There is no sheet named “{sheetName}” in “{fileName}”.',
  'sheet.too-large': '“{fileName}” is larger than {limitMb} MB, the most Sheetport reads at once. Split it into smaller files.',
  'sheet.too-many-rows': 'The sheet has more than {limit} rows, the most Sheetport reads at once. Split it into smaller files.',
  'sheet.too-many-columns': 'The sheet has more than {limit} columns, the most Sheetport reads.',
  'sheet.too-much-text': 'The sheet in “{fileName}” holds more text than Sheetport can keep open at once (about {limitMb} MB). Split its rows into smaller files, or delete the columns you do not import, and try again.',
  'sheet.zip-bomb': '“{fileName}” would expand to more than {limitMb} MB when opened, so Sheetport refused it for safety.',
  'sheet.timeout': 'Reading “{fileName}” took longer than {seconds} seconds, so Sheetport stopped. Try a smaller file.',
  'sheet.out-of-memory': '“{fileName}” needs more memory than Sheetport allows for one file. Split it into smaller files.',
  'sheet.closed': 'Reading “{fileName}” was cancelled.',
  'sheet.internal': 'Sheetport could not read “{fileName}” because of an internal error.'
}

/** Fills `{name}` placeholders; unknown names stay visible so a missing param is noticed, not hidden. */
function interpolate(template: string, params: SheetErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  )
}

/**
 * The one error type the reader throws, so callers can switch on `code`
 * and translate with `params` instead of parsing English text.
 */
export class SheetError extends Error {
  readonly code: SheetErrorCode
  readonly params: SheetErrorParams

  constructor(code: SheetErrorCode, params: SheetErrorParams = {}) {
    super(interpolate(MESSAGES[code], { fileName: 'the file', ...params }))
    this.name = 'SheetError'
    this.code = code
    this.params = params
  }
}

/** Narrowing helper for catch blocks (errors from a worker arrive as plain data, never as instances). */
export function isSheetError(value: unknown): value is SheetError {
  return value instanceof SheetError
}

/** Plain-data form of a SheetError, the only error shape that crosses the worker boundary. */
export interface SheetErrorData {
  readonly code: SheetErrorCode
  readonly params: SheetErrorParams
}

/** True when `code` is one of ours, so data from the worker can be trusted to rebuild an error. */
export function isSheetErrorCode(code: unknown): code is SheetErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, code)
}
