import type { ColumnMapping, MissingRequirement } from './mapping'
import type { SheetRow, WorkbookInfo } from './sheet'
import type { LocalizedText } from './text'
import type { TargetId } from './targets'

/** A mapped row as it crosses IPC: field/value pairs (a Map does not survive JSON). */
export interface PreviewRow {
  readonly rowNumber: number
  readonly values: readonly (readonly [field: string, value: string])[]
}

/** A shop platform's export format recognised from the header row ("Cafe24 product export"). */
export interface RecognisedFormatView {
  readonly id: string
  readonly name: LocalizedText
  /** What this format's rows usually become. */
  readonly target: TargetId
  /** Whether the current mapping started from this format's preset (its rows are the chosen target's kind). */
  readonly applied: boolean
}

/**
 * Everything the File and Columns steps show about the open spreadsheet.
 * The full table stays in the core; the screen gets the top rows, the
 * headers, a few sample values per column and a short mapped preview.
 */
export interface ImportView {
  readonly sessionId: string
  readonly info: WorkbookInfo
  readonly sheetName: string
  /** The first rows of the sheet, so the user can see and change which one holds the headers. */
  readonly topRows: readonly SheetRow[]
  readonly headerIndex: number
  readonly headers: readonly string[]
  /** The group each column sits under, from group-title rows above the header ("배송정보 › 어린이제품"); empty when there are none. */
  readonly columnGroups: readonly (string | null)[]
  /** Up to three non-empty example values per column. */
  readonly samples: readonly (readonly string[])[]
  /** Data rows below the header row (0 for a sheet with no header naming two columns: a memo); see tableRowCount. */
  readonly rowCount: number
  readonly target: TargetId | null
  /** What the rows most likely become, from the header row; null when nothing stands out. */
  readonly suggestedTarget: TargetId | null
  /** The platform format the header row was recognised as, or null. */
  readonly format: RecognisedFormatView | null
  readonly mapping: ColumnMapping | null
  /** True when the mapping came from one saved for a file with the same headers. */
  readonly mappingRestored: boolean
  readonly missing: readonly MissingRequirement[]
  /** The first mapped rows, as they will be sent. */
  readonly preview: readonly PreviewRow[]
}

/** A file produced for the user to save (a template, a report). */
export interface DownloadFile {
  readonly fileName: string
  readonly mimeType: string
  readonly bytes: Uint8Array
}
