import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createJournal, type JobJournal } from '../../../../src/core/journal'
import type { PacingConfig } from '../../../../src/core/upload/pacing'
import type { RetryPolicy } from '../../../../src/core/upload/retry-policy'
import type { WorkItem } from '../../../../src/core/upload/target-adapter'

/** A fresh state folder for one test. */
export async function stateDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'sheetport-upload-'))
}

/** A real journal for a test job. */
export async function testJournal(dir: string, jobId: string, items: readonly WorkItem[], fingerprint = 'sha256:file-1'): Promise<JobJournal> {
  return createJournal(
    dir,
    { jobId, fileFingerprint: fingerprint, fileName: 'products.xlsx', sheetName: 'Sheet1', target: 'products:create', connectionId: 'conn-1', mapping: { name: 'A' } },
    items
  )
}

/** A fast pace for tests: `cap` requests per `windowMs` (+ a 10 % margin), `concurrency` in flight. */
export function fastPacing(cap: number, windowMs: number, concurrency = 8): PacingConfig {
  return { intervalCap: cap, intervalMs: Math.ceil(windowMs * 1.1), concurrency }
}

/** Short waits so retry tests stay fast. */
export const FAST_RETRY: Partial<RetryPolicy> = { baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 2_000 }

/** Sum of the six row counts. */
export function sumCounts(c: { queued: number; inFlight: number; accepted: number; failed: number; pending: number; unknown: number }): number {
  return c.queued + c.inFlight + c.accepted + c.failed + c.pending + c.unknown
}
