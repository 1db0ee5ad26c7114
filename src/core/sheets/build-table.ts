import type { SheetTable } from '../../shared/sheet'
import { SheetError } from './errors'
import { headerLayout, type HeaderLayout } from './header-layout'
import type { SheetLimits } from './limits'
import { noteStreamedRowCount, rowsUnderHeader } from './row-count'
import { narrowRows, type RowStream } from './row-stream'
import { withoutTextPrefix } from './text-prefix'

/**
 * Rows held before a sheet's layout is fixed: enough for the header search
 * and the guidance rows (LAYOUT_ROWS) and for telling a table from a memo.
 */
const LAYOUT_HELD_ROWS = 64
/** Rows per batch a streaming builder sends on. */
export const DEFAULT_BATCH_ROWS = 10_000

const asIs = (text: string): string => text

/** A kept row's own cost in memory, roughly: its object and its array of cells (V8 without pointer compression, as Node runs it). */
const ROW_BYTES = 96
/** A cell's cost besides its characters: the string's header. */
const CELL_BYTES = 24

/** About what a row of these cells takes where its table is kept (2 bytes a character: Hangul makes strings two-byte). */
export function rowBytes(cells: readonly string[]): number {
  let bytes = ROW_BYTES
  for (const cell of cells) bytes += CELL_BYTES + 2 * cell.length
  return bytes
}

/** A row while it is built: its cells are cleaned in place. */
interface RowBeingBuilt {
  readonly rowNumber: number
  readonly cells: string[]
}

/**
 * Collects rows as they are read and turns them into a SheetTable: cells
 * trimmed, blank rows dropped (so merged titles and spacer rows leave no
 * phantom rows), columns blank in every kept row dropped, caps on rows,
 * columns and the table's memory enforced as rows arrive so an oversized
 * sheet stops early. A sheet as
 * exports have it also loses Excel's text prefix ('00123 → 00123) and the
 * template's guidance rows under the header (marks, field codes,
 * descriptions, its example); a Sheetport failure report keeps its cells
 * exactly, for restoreReportTable to undo its own escaping.
 *
 * Given a stream, a sheet that has rows under a header sends its rows on in
 * batches once its layout is known (from its first rows), keeping none:
 * the table is then put together where the stream ends (ReceivedRows), and
 * the parser never holds it whole.
 */
export class TableBuilder {
  #rows: RowBeingBuilt[] = []
  #layout: HeaderLayout | null = null
  #clean: (text: string) => string = withoutTextPrefix
  readonly #used: boolean[] = []
  #count = 0
  #bytes = 0
  /** Rows of the table so far (after the guidance rows are dropped), streamed or held. */
  #tableRows = 0
  #streaming = false

  constructor(
    private readonly limits: SheetLimits,
    private readonly stream?: RowStream,
    private readonly batchRows: number = DEFAULT_BATCH_ROWS
  ) {}

  /** Adds one source row; `rowNumber` is 1-based as Excel shows it. */
  add(rowNumber: number, rawCells: readonly string[]): void {
    const cells = rawCells.map((c) => c.trim())
    let width = cells.length
    while (width > 0 && cells[width - 1] === '') width--
    if (width === 0) return
    if (width > this.limits.maxColumns) throw new SheetError('sheet.too-many-columns', { limit: this.limits.maxColumns })
    if (this.#count >= this.limits.maxRows) throw new SheetError('sheet.too-many-rows', { limit: this.limits.maxRows })
    this.#count++
    cells.length = width
    this.#bytes += rowBytes(cells)
    if (this.#bytes > this.limits.maxTableBytes) throw new SheetError('sheet.too-much-text', { limitMb: Math.round(this.limits.maxTableBytes / (1024 * 1024)) })
    const row = { rowNumber, cells }
    if (this.#layout === null) {
      this.#rows.push(row)
      if (this.#rows.length >= LAYOUT_HELD_ROWS) this.#settleLayout(true)
      return
    }
    this.#keep(row)
    if (this.#streaming && this.#rows.length >= this.batchRows) this.#send()
  }

  /** The finished table, with the header row detected; streamed, its rows went to the stream and it holds none. */
  finish(sheetName: string): SheetTable {
    const layout = this.#layout ?? this.#settleLayout(false)
    const keep: number[] = []
    this.#used.forEach((isUsed, c) => {
      if (isUsed) keep.push(c)
    })
    if (this.#streaming) this.#send()
    else narrowRows(this.#rows, keep)
    const table = { sheetName, rows: this.#rows, headerIndex: layout.headerIndex, columnCount: keep.length, sheetColumns: keep }
    // A streamed sheet is a table (it streams only with rows under its header): its count is its rows less the header and those above.
    if (this.#streaming) noteStreamedRowCount(table, this.#tableRows - layout.headerIndex - 1)
    return table
  }

  /** Fixes the layout from the rows held; from then on rows are cleaned as they come, and streamed if the sheet has rows under a header. */
  #settleLayout(moreToCome: boolean): HeaderLayout {
    const held = this.#rows
    const layout = headerLayout(held)
    this.#streaming = moreToCome && this.stream !== undefined && rowsUnderHeader(held, held.length) > 0
    held.splice(layout.headerIndex + 1, layout.guidanceRows)
    this.#layout = layout
    this.#clean = layout.isReport ? asIs : withoutTextPrefix
    this.#rows = []
    for (const row of held) this.#keep(row)
    return layout
  }

  /** Notes which columns the row uses and keeps it with its cells cleaned. */
  #keep(row: RowBeingBuilt): void {
    const { cells } = row
    for (let c = 0; c < cells.length; c++) {
      const text = cells[c] as string
      if (text !== '') {
        this.#used[c] = true
        cells[c] = this.#clean(text)
      }
    }
    this.#rows.push(row)
    this.#tableRows++
  }

  #send(): void {
    if (this.#rows.length === 0) return
    this.stream?.rows(this.#rows)
    this.#rows = []
  }
}
