import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { JobRecord, JournalCounts } from './journal-records'
import { JOURNAL_EXTENSION } from './journal-path'
import { replayJournal, replayedCounts } from './replay-journal'

/** One journal found in the state folder, for a "resume this upload?" offer. */
export type JournalListing =
  | { readonly ok: true; readonly jobId: string; readonly path: string; readonly job: JobRecord; readonly ended: boolean; readonly counts: JournalCounts; readonly modifiedAt: Date }
  | { readonly ok: false; readonly jobId: string; readonly path: string; readonly problem: string; readonly modifiedAt: Date }

/**
 * The jobs in `stateDir`, newest first. By default only those without an
 * 'end' record (interrupted: crash, kill, power cut), the ones to offer to
 * resume. Damaged journals are listed with their problem rather than hidden.
 */
export async function listJournals(stateDir: string, options: { readonly includeEnded?: boolean } = {}): Promise<JournalListing[]> {
  let names: string[]
  try {
    names = await readdir(stateDir)
  } catch (error) {
    if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT') return []
    throw error
  }
  const listings: JournalListing[] = []
  for (const name of names) {
    if (!name.endsWith(JOURNAL_EXTENSION)) continue
    const path = join(stateDir, name)
    const jobId = name.slice(0, -JOURNAL_EXTENSION.length)
    const modifiedAt = (await stat(path)).mtime
    try {
      const replayed = await replayJournal(path)
      if (replayed.ended && options.includeEnded !== true) continue
      listings.push({ ok: true, jobId, path, job: replayed.job, ended: replayed.ended, counts: replayedCounts(replayed), modifiedAt })
    } catch (error) {
      listings.push({ ok: false, jobId, path, problem: error instanceof Error ? error.message : String(error), modifiedAt })
    }
  }
  return listings.sort((a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime())
}
