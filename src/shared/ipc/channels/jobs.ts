import { z } from 'zod'
import type { DownloadFile } from '../../import-view'
import type { JobRowView, JobView, ReasonGroup } from '../../jobs'
import type { ReviewColumn } from '../../review'
import { answers } from './define'

const jobId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/)
const jobOnly = z.strictObject({ jobId })
const connectionId = z.string().min(1).max(200)
const ROW_STATES = ['invalid', 'queued', 'in-flight', 'accepted', 'failed', 'pending', 'unknown'] as const

/** Uploads: start, control, watch, resend, history and failure reports. */
export const JOB_CHANNELS = {
  'jobs:start': {
    request: z.strictObject({
      sessionId: z.uuid(),
      connectionId,
      /** products:create: refuse ids that already exist instead of overwriting them. */
      blockDuplicates: z.boolean().optional(),
      /** OCC X-CCAsset-Language, e.g. 'ko'. */
      language: z.string().max(20).optional()
    }),
    response: answers<JobView>()
  },
  'jobs:pause': { request: jobOnly, response: answers<JobView>() },
  'jobs:resume': { request: jobOnly, response: answers<JobView>() },
  'jobs:cancel': { request: jobOnly, response: answers<JobView>() },
  /** Continues a job a crash or a closed app left unfinished; with a session, from that spreadsheet opened again (needed when passwords were not kept). */
  'jobs:continue': { request: z.strictObject({ jobId, sessionId: z.uuid().optional() }), response: answers<JobView>() },
  /** Sends the job's failed, unknown and unsent rows again, with the open file's current (edited) values. */
  'jobs:resend': { request: z.strictObject({ jobId, sessionId: z.uuid().optional() }), response: answers<JobView>() },
  /** Asks the service again about a finished job's rows it was still processing (products, profiles), and follows them; sends nothing. */
  'jobs:recheck': { request: jobOnly, response: answers<JobView>() },
  'jobs:get': { request: jobOnly, response: answers<JobView>() },
  'jobs:list': { request: z.undefined(), response: answers<JobView[]>() },
  'jobs:rows': {
    request: z.strictObject({
      jobId,
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(500),
      filter: z.enum(['all', 'problems', ...ROW_STATES]),
      /** Only the rows of one reason group (its key from `jobs:reasons`). */
      group: z.string().max(2000).optional()
    }),
    response: answers<{ matching: number; rows: readonly JobRowView[] }>()
  },
  'jobs:reasons': { request: jobOnly, response: answers<ReasonGroup[]>() },
  /** The job's sheet columns and what each fed, for the results grid. */
  'jobs:columns': { request: jobOnly, response: answers<ReviewColumn[]>() },
  /** Whether the open file (an import session) holds this job's rows, so they can be fixed there and sent again. */
  'jobs:holds-rows': { request: z.strictObject({ jobId, sessionId: z.uuid() }), response: answers<boolean>() },
  'jobs:report': {
    request: z.strictObject({ jobId, format: z.enum(['xlsx', 'csv']), language: z.enum(['ko', 'en']) }),
    response: answers<DownloadFile>()
  },
  'jobs:delete': { request: jobOnly, response: answers<null>() }
} as const

/** Progress of every running job (throttled), and each job's final view. */
export const JOB_EVENTS = {
  'jobs:progress': answers<JobView>()
} as const
