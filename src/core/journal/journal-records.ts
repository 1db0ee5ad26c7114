import { z } from 'zod'

/** Row states a journal can record (in flight is implied by an intent without a later outcome). */
export const JOURNAL_ROW_STATES = ['accepted', 'failed', 'pending', 'unknown', 'queued'] as const

/** A recorded row state; 'queued' means "back to the queue, not applied" (refused, cancelled, proven absent). */
export type JournalRowState = (typeof JOURNAL_ROW_STATES)[number]

const rowIndex = z.number().int().nonnegative()
const text = (max: number) => z.string().max(max)

/** What the journal keeps about one row's result: never a payload, only the index and short facts. */
export const journalOutcomeSchema = z.strictObject({
  index: rowIndex,
  state: z.enum(JOURNAL_ROW_STATES),
  reasonCode: text(100).optional(),
  message: text(1000).optional(),
  remoteId: text(300).optional()
})

/** One row's result as journaled. */
export type JournalOutcome = z.infer<typeof journalOutcomeSchema>

const countsSchema = z.strictObject({
  queued: rowIndex,
  inFlight: rowIndex,
  accepted: rowIndex,
  failed: rowIndex,
  pending: rowIndex,
  unknown: rowIndex
})

/** Rows per state, as the journal stores and replays them. */
export type JournalCounts = z.infer<typeof countsSchema>

/** The job's input: enough to find the file again and check it is the same one. Never a secret. */
export const jobRecordSchema = z.strictObject({
  type: z.literal('job'),
  v: z.literal(1),
  jobId: z.string(),
  createdAt: z.string(),
  fileFingerprint: z.string(),
  fileName: z.string(),
  sheetName: z.string(),
  target: z.string(),
  connectionId: z.string(),
  mapping: z.unknown(),
  rowCount: rowIndex,
  /** The job whose failed rows this one resends. */
  parentJobId: z.string().max(100).optional(),
  /** The connection's display name when the job started (connections can be renamed or removed later). */
  connectionName: z.string().max(200).optional(),
  /** Rows in the job's scope that were not sent because they needed fixing (not part of rowCount). */
  invalidRows: rowIndex.optional(),
  /** sha256 over the rows' indexes and keys, to notice a changed sheet or mapping on resume. */
  rowsDigest: z.string()
})

/** The first line of every journal. */
export type JobRecord = z.infer<typeof jobRecordSchema>

/** How a job's run ended, as written in its last line. */
export const endSummarySchema = z.strictObject({
  status: z.enum(['finished', 'cancelled']),
  counts: countsSchema,
  requests: rowIndex,
  durationMs: z.number().nonnegative(),
  endedAt: z.string()
})

/** The summary kept in the 'end' record. */
export type EndSummary = z.infer<typeof endSummarySchema>

/** The service's totals (processing, error) as journaled before the first send. */
export type TallyRecord = { readonly processing: number; readonly error: number }

/** Every line of a journal after the first. */
export const stepRecordSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('intent'), batchId: z.string(), attempt: z.number().int().positive(), indexes: z.array(rowIndex) }),
  z.strictObject({ type: z.literal('outcome'), batchId: z.string(), outcomes: z.array(journalOutcomeSchema) }),
  z.strictObject({ type: z.literal('status'), outcomes: z.array(journalOutcomeSchema) }),
  z.strictObject({ type: z.literal('resume'), at: z.string() }),
  z.strictObject({ type: z.literal('tally'), processing: rowIndex, error: rowIndex }),
  z.strictObject({ type: z.literal('end'), summary: endSummarySchema })
])

/** A journal line after the job record. */
export type StepRecord = z.infer<typeof stepRecordSchema>
