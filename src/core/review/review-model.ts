import { AppError } from '../../shared/errors'
import type { ColumnMapping, MappedRow } from '../../shared/mapping'
import type { ReviewColumn, ReviewFilter, ReviewPage, ReviewRow, ReviewSummary } from '../../shared/review'
import { columnLetters, type SheetRow, type SheetTable } from '../../shared/sheet'
import type { TargetId } from '../../shared/targets'
import { headersOf, maskCells, secretColumns } from '../mapping'
import { MASKED_VALUE } from '../../shared/masked'
import { naturalKey } from '../targets/build-request'
import { createRowChecker, duplicateIssue, type RowIssue } from '../validation'
import { DuplicateGroups } from './duplicate-groups'
import { columnsByField } from './field-columns'
import { mapDataRows } from './map-data-rows'
import { sheetColumns } from './sheet-columns'

const ERROR = 1
const WARNING = 2
/** Rows mapped at a time while checking, so 100,000 mapped rows never exist at once. */
const BUILD_CHUNK = 5_000
/** Rows checked as the review opens: the first screens of the grid, so it can show them at once. */
const FIRST_ROWS = 1_000
/** Rows checked between two looks at the clock while checking for a time budget. */
const BUDGET_SLICE = 500
const NO_ISSUES: readonly RowIssue[] = Object.freeze([])

/** What one cell edit changed besides the edited row: rows whose duplicate flag appeared, went or moved. */
export interface CellEditResult {
  readonly others: readonly number[]
}

/**
 * Every data row of one session under one mapping, checked: its own
 * problems (validateRows' per-row rules), whether it repeats an earlier
 * row's natural key, and the counts for the summary. Rows are named by their
 * position among the data rows. Rows are checked in order: the first
 * screens at once, the rest as `checkFor` is given time (or when a row, a
 * page or the ready rows are asked for), so a large file shows its first
 * rows while the rest are checked; a row's result depends only on the rows
 * before it, so it never changes as later rows are checked. An edit changes
 * one cell, re-checks that row and only the rows sharing its old or new key,
 * and keeps the counts in step, so a keystroke costs the same with 10 rows
 * or 100,000. Once every row is checked the result equals validateRows over
 * the edited table.
 */
export class ReviewModel {
  #table: SheetTable
  readonly #mapping: ColumnMapping
  /** Password columns: shown masked, and an unchanged mask typed back is not a new password. */
  readonly #hidden: readonly number[]
  readonly #check: (row: MappedRow) => RowIssue[]
  readonly #columnOf: ReadonlyMap<string, number>
  readonly #own: (readonly RowIssue[])[] = []
  readonly #keys: (string | undefined)[] = []
  readonly #groups = new DuplicateGroups()
  readonly #status: Uint8Array
  readonly #total: number
  /** Rows 0 … #checked - 1 are checked; the rest not yet. */
  #checked = 0
  #errors = 0
  #warnings = 0
  /** Indexes of rows with an error, in order; rebuilt on demand after an edit changes who has one. */
  #attention: number[] | null = null

  constructor(table: SheetTable, mapping: ColumnMapping) {
    this.#table = table
    this.#mapping = mapping
    this.#hidden = secretColumns(mapping)
    this.#columnOf = columnsByField(mapping)
    const headers = headersOf(table)
    const letters = columnLetters(table)
    const columnNames = new Map([...this.#columnOf].map(([field, column]) => [field, headers[column] ?? '']))
    const fieldLetters = new Map([...this.#columnOf].map(([field, column]) => [field, letters[column] ?? '']))
    this.#check = createRowChecker(mapping.target, { columnNames, columnLetters: fieldLetters })
    this.#total = Math.max(0, table.rows.length - table.headerIndex - 1)
    this.#status = new Uint8Array(this.#total)
    this.#checkUpTo(FIRST_ROWS)
  }

  /** True once every row is checked: the counts are final. */
  get complete(): boolean {
    return this.#checked === this.#total
  }

  /** Checks further rows, in order, for about `budgetMs`; true while rows are left to check. */
  checkFor(budgetMs: number): boolean {
    const until = performance.now() + budgetMs
    while (!this.complete && performance.now() < until) this.#checkUpTo(this.#checked + BUDGET_SLICE)
    return !this.complete
  }

  /** Checks every row not yet checked, now. */
  checkAll(): void {
    this.#checkUpTo(this.#total)
  }

  /** What the rows become. */
  get target(): TargetId {
    return this.#mapping.target
  }

  /** The table with every edit applied: what the session keeps and the upload sends. */
  get table(): SheetTable {
    return this.#table
  }

  /** Rows checked so far, and of them ready, needing attention and with warnings; ready + needsAttention is always the rows checked. */
  summary(): ReviewSummary {
    const checked = this.#checked
    return { total: this.#total, checked, ready: checked - this.#errors, needsAttention: this.#errors, warnings: this.#warnings }
  }

  /** The sheet's columns with what each feeds, for the grid's header. */
  columns(): ReviewColumn[] {
    return sheetColumns(this.#table, this.#mapping)
  }

  /** One data row with its cells and its problems, each placed on the column that feeds the field. */
  row(index: number): ReviewRow {
    const { rowNumber, cells } = this.#dataRow(index)
    this.#checkUpTo(index + 1)
    const issues = this.#issues(index).map((i) => ({ column: i.field === null ? null : (this.#columnOf.get(i.field) ?? null), ...i }))
    return { index, rowNumber, cells: maskCells(cells, this.#hidden), issues }
  }

  /** A slice of the rows matching a filter, and how many match in all (needing attention: among the rows checked so far). */
  page(offset: number, limit: number, filter: ReviewFilter): ReviewPage {
    const picked = filter === 'attention' ? this.#attentionRows() : null
    const matching = picked === null ? this.#total : picked.length
    const rows: ReviewRow[] = []
    for (let p = offset; p < Math.min(matching, offset + limit); p++) rows.push(this.row(picked === null ? p : (picked[p] ?? p)))
    return { matching, rows }
  }

  /**
   * Writes `value` (trimmed, as the reader trims cells) into one cell. The
   * table is copied, not changed, so anyone holding the old one keeps a
   * consistent snapshot. Re-checks the row and the rows sharing its old or
   * new key.
   */
  editCell(index: number, column: number, value: string): CellEditResult {
    const before = this.#dataRow(index)
    this.#checkUpTo(index + 1)
    if (!Number.isInteger(column) || column < 0 || column >= this.#table.columnCount) {
      throw new AppError('review.no-such-column', 'That column is not in the sheet.')
    }
    if (value === MASKED_VALUE && this.#hidden.includes(column)) return { others: [] } // the mask typed back: keep the password
    const cells = Array.from({ length: Math.max(before.cells.length, column + 1) }, (_, c) => before.cells[c] ?? '')
    cells[column] = value.trim()
    const rows = [...this.#table.rows]
    rows[this.#table.headerIndex + 1 + index] = { rowNumber: before.rowNumber, cells }
    this.#table = { ...this.#table, rows }

    const [mapped] = mapDataRows(this.#table, this.#mapping, index, index + 1)
    const oldKey = this.#keys[index]
    const newKey = mapped === undefined ? undefined : naturalKey(this.#mapping.target, mapped)
    const touched = [...new Set([...this.#groups.members(oldKey), ...this.#groups.members(newKey)])].filter((i) => i !== index)
    const repeatsBefore = touched.map((i) => this.#groups.repeatOf(this.#keys[i], i))
    this.#groups.remove(oldKey, index)
    this.#groups.add(newKey, index)
    this.#keys[index] = newKey
    this.#own[index] = mapped === undefined ? NO_ISSUES : this.#ownIssues(mapped)
    this.#restatus(index)
    const others = touched.filter((i, n) => this.#groups.repeatOf(this.#keys[i], i) !== repeatsBefore[n]).sort((a, b) => a - b)
    for (const i of others) this.#restatus(i)
    return { others }
  }

  /** Positions of the rows without errors: exactly what an upload should send. */
  readyRows(): number[] {
    this.checkAll()
    return this.#rowsWhere(false)
  }

  /** Checks rows in order until every row before `end` is checked. */
  #checkUpTo(end: number): void {
    const stop = Math.min(this.#total, end)
    while (this.#checked < stop) {
      const start = this.#checked
      const chunkEnd = Math.min(stop, start + BUILD_CHUNK)
      for (const row of mapDataRows(this.#table, this.#mapping, start, chunkEnd)) {
        const index = this.#keys.length
        const key = naturalKey(this.#mapping.target, row)
        this.#groups.add(key, index)
        this.#keys.push(key)
        this.#own.push(this.#ownIssues(row))
        this.#restatus(index)
      }
      this.#checked = chunkEnd
    }
  }

  /** A row's problems in validateRows' order: its own, then the repeat of an earlier row's key. */
  #issues(index: number): readonly RowIssue[] {
    const own = this.#own[index] ?? NO_ISSUES
    const first = this.#groups.repeatOf(this.#keys[index], index)
    if (first === null) return own
    return [...own, duplicateIssue(this.#mapping.target, this.#dataRow(first).rowNumber)]
  }

  #ownIssues(row: MappedRow): readonly RowIssue[] {
    const issues = this.#check(row)
    return issues.length === 0 ? NO_ISSUES : issues
  }

  /** Recomputes a row's error/warning flags and moves the counts with them. */
  #restatus(index: number): void {
    let status = 0
    for (const issue of this.#issues(index)) status |= issue.severity === 'error' ? ERROR : WARNING
    const old = this.#status[index] ?? 0
    if (old === status) return
    this.#errors += (status & ERROR) - (old & ERROR)
    this.#warnings += ((status & WARNING) - (old & WARNING)) / WARNING
    if (((old ^ status) & ERROR) !== 0) this.#attention = null
    this.#status[index] = status
  }

  #attentionRows(): number[] {
    this.#attention ??= this.#rowsWhere(true)
    return this.#attention
  }

  #rowsWhere(hasError: boolean): number[] {
    const rows: number[] = []
    for (let i = 0; i < this.#checked; i++) {
      if ((((this.#status[i] ?? 0) & ERROR) !== 0) === hasError) rows.push(i)
    }
    return rows
  }

  #dataRow(index: number): SheetRow {
    const row = Number.isInteger(index) && index >= 0 ? this.#table.rows[this.#table.headerIndex + 1 + index] : undefined
    if (row === undefined) throw new AppError('review.no-such-row', 'That row is not in the sheet any more. Please show the rows again.')
    return row
  }
}
