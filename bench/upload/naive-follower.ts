import { performance } from 'node:perf_hooks'
import PQueue from 'p-queue'
import { practiceTarget } from '../../src/core/connections/practice-connections'
import { prepareJob, type JobSource } from '../../src/core/jobs'
import type { PracticeOptions, RequestLogEntry } from '../../src/core/practice/types'
import { OmnicommerceClient } from '../../src/core/services/omnicommerce/client'
import { createTargetAdapter } from '../../src/core/targets'
import type { PacingConfig } from '../../src/core/upload/pacing'
import { withEmulator } from './emulator-job'

/** What the naive follower learned and what it cost. */
export interface NaiveFollowRun {
  /** Products the service ended DONE and ERROR, as the script read them. */
  readonly done: number
  readonly failed: number
  /** From the last create to the last answer that left nothing processing. */
  readonly afterLastSendMs: number
  readonly requests: readonly RequestLogEntry[]
}

/**
 * The baseline a short script would be: send every batch at the same pace
 * as the engine, then read each product's status once (GET
 * /management/status/{id}), reading again later only the ones still
 * PROCESSING, until none is — one status read per product at least.
 */
export async function runNaiveFollower(source: JobSource, emulator: PracticeOptions, pacing: PacingConfig): Promise<NaiveFollowRun> {
  return withEmulator(emulator, async (server) => {
    const connection = practiceTarget('omnicommerce', server)
    const adapter = createTargetAdapter(source.target, { ...connection, messageLanguage: 'en' })
    const client = new OmnicommerceClient({ baseUrl: connection.baseUrl, apiKey: server.credentials.omnicommerceApiKey })
    const queue = new PQueue({ concurrency: pacing.concurrency, intervalCap: pacing.intervalCap, interval: pacing.intervalMs })
    const { items } = prepareJob(source)
    const signal = new AbortController().signal
    const batches = Array.from({ length: Math.ceil(items.length / adapter.batchSize) }, (_, i) => items.slice(i * adapter.batchSize, (i + 1) * adapter.batchSize))
    const sent = await Promise.all(batches.map((batch) => queue.add(() => adapter.send(batch, signal))))
    const lastSendAt = performance.now()
    let waiting = sent.flat().flatMap((o) => (o.state === 'pending' ? [o.remoteId] : []))
    let done = 0
    let failed = 0
    while (waiting.length > 0) {
      const answers = await Promise.all(waiting.map((id) => queue.add(async () => ({ id, status: await client.getStatus(id) }))))
      done += answers.filter((a) => a.status?.status === 'DONE').length
      failed += answers.filter((a) => a.status?.status === 'ERROR').length
      waiting = answers.filter((a) => a.status === null || a.status.status === 'PROCESSING').map((a) => a.id)
    }
    const afterLastSendMs = performance.now() - lastSendAt
    return { done, failed, afterLastSendMs, requests: await server.requests('omnicommerce') }
  })
}
