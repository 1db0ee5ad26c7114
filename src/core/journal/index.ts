/** The crash-safe job journal: write (createJournal/reopenJournal), read back (replayJournal), find (listJournals). */
export { createJournal, reopenJournal, type JobInput, type JobJournal } from './job-journal'
export { replayJournal, replayedCounts, type ReplayedJournal, type ReplayedRow, type ReplayedRowState } from './replay-journal'
export { listJournals, type JournalListing } from './list-journals'
export { assertResumable } from './resume-check'
export { rowsDigest, type RowRef } from './rows-digest'
export { journalPath } from './journal-path'
export { JournalCorruptError, JournalWriteError, ResumeRefusedError } from './journal-errors'
export type { EndSummary, JobRecord, JournalCounts, JournalOutcome, JournalRowState } from './journal-records'
