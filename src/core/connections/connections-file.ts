import { mkdir, readFile, rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { ConnectionsFileProblem } from '../../shared/app-types'
import { AppError } from '../../shared/errors'
import { writeFileAtomic } from '../fs/atomic-write'
import { connectionsFileSchema, storedConnectionSchema, type StoredConnection } from './connection-records'

/** What connections.json held: the readable entries, the unreadable ones (kept verbatim), and any problem to explain. */
export interface ConnectionsFileState {
  readonly records: readonly StoredConnection[]
  /** Entries that failed the check; written back untouched so a hand edit gone wrong loses nothing. */
  readonly unreadable: readonly unknown[]
  readonly problem: ConnectionsFileProblem | null
  /** False when the file exists but could neither be read nor set aside: saving would destroy it. */
  readonly writable: boolean
}

const EMPTY: ConnectionsFileState = { records: [], unreadable: [], problem: null, writable: true }

/** A name for the set-aside copy that sorts by time and never overwrites an earlier one. */
function backupPath(path: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return join(dirname(path), `${basename(path, '.json')}.damaged-${stamp}.json`)
}

function parseEntries(data: unknown): Omit<ConnectionsFileState, 'writable'> | null {
  const file = connectionsFileSchema.safeParse(data)
  if (!file.success) return null
  const records: StoredConnection[] = []
  const unreadable: unknown[] = []
  for (const entry of file.data.connections) {
    const parsed = storedConnectionSchema.safeParse(entry)
    if (parsed.success) records.push(parsed.data)
    else unreadable.push(entry)
  }
  return { records, unreadable, problem: unreadable.length > 0 ? { kind: 'unreadable-entries', count: unreadable.length } : null }
}

/**
 * Reads connections.json. Missing means no connections yet. A file that is
 * not the expected JSON is renamed aside (connections.damaged-<time>.json)
 * and reported, so the app keeps working with a fresh list and the old
 * content stays on disk for recovery; if even that fails, the file is left
 * alone and saving is refused.
 */
export async function loadConnectionsFile(path: string, now: Date): Promise<ConnectionsFileState> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY
    return { ...EMPTY, problem: { kind: 'damaged-file', backupName: null }, writable: false }
  }
  let data: unknown = null
  try {
    data = JSON.parse(text) as unknown
  } catch {
    // Not JSON at all: handled as damaged below.
  }
  const entries = parseEntries(data)
  if (entries !== null) return { ...entries, writable: true }
  const backup = backupPath(path, now)
  try {
    await rename(path, backup)
  } catch {
    return { ...EMPTY, problem: { kind: 'damaged-file', backupName: null }, writable: false }
  }
  return { ...EMPTY, problem: { kind: 'damaged-file', backupName: basename(backup) } }
}

/** Refuses a change while the existing file could neither be read nor set aside (saving would destroy it). */
export function assertWritable(state: ConnectionsFileState): void {
  if (state.writable) return
  throw new AppError(
    'connections.file-locked',
    'Sheetport cannot read its saved connections file (connections.json) and could not set it aside, so it changed nothing. Move that file out of the data folder and try again.'
  )
}

/** Writes connections.json atomically: readers see the old list or the new one, never half. */
export async function saveConnectionsFile(path: string, state: ConnectionsFileState): Promise<void> {
  assertWritable(state)
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomic(path, `${JSON.stringify({ version: 1, connections: [...state.records, ...state.unreadable] }, null, 2)}\n`)
}
