import { randomUUID } from 'node:crypto'
import { AppError } from '../../shared/errors'
import type { ImportView } from '../../shared/import-view'
import type { ColumnMapping } from '../../shared/mapping'
import type { SheetTable } from '../../shared/sheet'
import type { TargetId } from '../../shared/targets'
import { autoMapTable, mappingFitsTable, type SavedMappingStore } from '../mapping'
import { ReviewModel, type CellEditResult } from '../review'
import { headerCells, isSheetError, SheetError, withHeaderAt, type SheetReader } from '../sheets'
import { buildImportView, type SessionState } from './import-view'

/** Open spreadsheets kept at once; an older one is dropped when a new file arrives. */
const MAX_SESSIONS = 3
/** How long one turn of background checking may hold the core before answering the screen's requests again. */
const CHECK_TURN_MS = 20

interface Session extends SessionState {
  readonly fileName: string
  /** The file, to read another of its sheets; null when it has only the one (a CSV), so a large file is not kept twice. */
  readonly bytes: Uint8Array | null
}

/** Turns a reader refusal into a message for the screen (its code translates, its params fill in). */
function readFailure(error: unknown): never {
  if (isSheetError(error)) throw new AppError(error.code, error.message, error.params)
  throw error
}

/**
 * The spreadsheets the user has open in the import flow. Each keeps its
 * bytes (to switch sheets, when it has more than one), its table and its mapping; everything the
 * screen sees is built from here, and saved mappings are applied and
 * remembered here.
 */
export class ImportSessions {
  readonly #sessions = new Map<string, Session>()
  /** Each session's checked rows, built when first asked for and dropped when the mapping or table is replaced. */
  readonly #reviews = new Map<string, ReviewModel>()

  constructor(
    private readonly reader: SheetReader,
    private readonly savedMappings: SavedMappingStore,
    /** Told after every file that opened (e.g. to end the first-run welcome). */
    private readonly onOpened: () => Promise<void> | void = () => {}
  ) {}

  /** Reads a dropped or picked file (its first visible sheet). */
  async open(fileName: string, bytes: Uint8Array): Promise<ImportView> {
    const { info, table } = await this.reader.readSheet(bytes, fileName).catch(readFailure)
    const session: Session = { id: randomUUID(), fileName, bytes: info.sheetNames.length > 1 ? bytes : null, info, table, mapping: null, mappingRestored: false }
    this.#sessions.set(session.id, session)
    for (const id of [...this.#sessions.keys()].slice(0, -MAX_SESSIONS)) {
      this.#sessions.delete(id)
      this.#reviews.delete(id)
    }
    await this.onOpened()
    return buildImportView(session)
  }

  /** Switches to another sheet of the same workbook, keeping the chosen target. */
  async chooseSheet(id: string, sheetName: string): Promise<ImportView> {
    const session = this.#get(id)
    if (session.bytes === null) {
      // Its only sheet is the one open.
      if (sheetName === session.table.sheetName) return buildImportView(session)
      return readFailure(new SheetError('sheet.sheet-not-found', { sheetName, fileName: session.fileName }))
    }
    const { table } = await this.reader.readSheet(session.bytes, session.fileName, sheetName).catch(readFailure)
    return this.#retable(session, table)
  }

  /** Uses another row as the header row (the detected one was wrong). */
  async setHeaderRow(id: string, headerIndex: number): Promise<ImportView> {
    const session = this.#get(id)
    if (headerIndex >= session.table.rows.length) throw new AppError('import.no-such-row', 'That row is not in the sheet.')
    return this.#retable(session, withHeaderAt(session.table, headerIndex))
  }

  /** Chooses what the rows become; the mapping saved for these headers wins over automatic matching. */
  async setTarget(id: string, target: TargetId): Promise<ImportView> {
    const session = this.#get(id)
    const saved = await this.savedMappings.findSavedMapping(headerCells(session.table), target, session.table.headerIndex)
    const mapping = saved ?? autoMapTable(session.table, target)
    return this.#put({ ...session, mapping, mappingRestored: saved !== null })
  }

  /** Takes the user's edited mapping and remembers it for files with the same headers. */
  async setMapping(id: string, mapping: ColumnMapping): Promise<ImportView> {
    const session = this.#get(id)
    if (!mappingFitsTable(mapping, session.table)) {
      throw new AppError('import.stale-mapping', 'The columns changed while you were editing. Please check the mapping again.')
    }
    await this.savedMappings.saveMapping(mapping)
    return this.#put({ ...session, mapping, mappingRestored: false })
  }

  /** The current state of one session, for later steps (review, upload). */
  get(id: string): Readonly<Session> {
    return this.#get(id)
  }

  /**
   * Every data row of a session checked against its mapping (the Review
   * step); built on first use with its first rows checked, the rest checked
   * in short turns between the screen's requests.
   */
  review(id: string): ReviewModel {
    const session = this.#get(id)
    let review = this.#reviews.get(id)
    if (review === undefined) {
      if (session.mapping === null) throw new AppError('review.no-mapping', 'Choose what the rows become and match the columns first.')
      review = new ReviewModel(session.table, session.mapping)
      this.#reviews.set(id, review)
      this.#checkInTurns(id, review)
    }
    return review
  }

  /** Changes one cell of a data row; the session's table, which the upload sends, gets the new value. */
  editCell(id: string, index: number, column: number, value: string): CellEditResult {
    const review = this.review(id)
    const result = review.editCell(index, column, value)
    this.#sessions.set(id, { ...this.#get(id), table: review.table })
    return result
  }

  /**
   * Positions (among the data rows of `get(id).table`) of the rows without
   * errors: what an upload sends. The upload job builds its requests from
   * the session's table and mapping for exactly these rows.
   */
  readyRows(id: string): number[] {
    return this.review(id).readyRows()
  }

  /** Checks the rest of a review a turn at a time, letting other work in between; stops when done or when the review was dropped. */
  #checkInTurns(id: string, review: ReviewModel): void {
    const turn = (): void => {
      if (this.#reviews.get(id) === review && review.checkFor(CHECK_TURN_MS)) setImmediate(turn)
    }
    if (!review.complete) setImmediate(turn)
  }

  #retable(session: Session, table: SheetTable): Promise<ImportView> | ImportView {
    const next = { ...session, table, mapping: null, mappingRestored: false }
    return session.mapping ? this.setTarget(this.#put(next).sessionId, session.mapping.target) : this.#put(next)
  }

  #put(session: Session): ImportView {
    this.#sessions.set(session.id, session)
    this.#reviews.delete(session.id)
    return buildImportView(session)
  }

  #get(id: string): Session {
    const session = this.#sessions.get(id)
    if (!session) throw new AppError('import.session-gone', 'This file is no longer open. Please drop it again.')
    return session
  }
}
