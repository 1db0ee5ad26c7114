import { setTimeout as sleep } from 'node:timers/promises'
import { performance } from 'node:perf_hooks'
import { practiceTarget } from '../../src/core/connections/practice-connections'
import { prepareJob, type JobSource } from '../../src/core/jobs'
import { createTargetAdapter } from '../../src/core/targets'
import { classifyError } from '../../src/core/upload'
import type { Faults, RequestLogEntry } from '../../src/core/practice/types'
import type { ServiceId } from '../../src/shared/targets'
import { withEmulator } from './emulator-job'

/** What the naive sender achieved. */
export interface SequentialRun {
  readonly accepted: number
  readonly wallMs: number
  /** When sending started, epoch ms (the request log's clock). */
  readonly startedAt: number
  readonly requests: readonly RequestLogEntry[]
}

/** If a 429 came without Retry-After, wait this long (the emulator always sends one). */
const FALLBACK_WAIT_MS = 1000

/**
 * The baseline a short script would be: the same rows, the same request
 * builder and client (through the same target adapter), but one request at
 * a time as fast as answers come, no pacing; a 429 is waited out (its
 * Retry-After) and the same batch is sent again. Anything but a 429 ends
 * the run with an error, since the emulator has no other faults here.
 */
export async function runSequentialSender(service: ServiceId, source: JobSource, faults: Faults): Promise<SequentialRun> {
  return withEmulator({}, async (server) => {
    await server.setFaults(service, faults)
    const adapter = createTargetAdapter(source.target, { ...practiceTarget(service, server), messageLanguage: 'en' })
    const { items } = prepareJob(source)
    const signal = new AbortController().signal
    let accepted = 0
    const startedAt = Date.now()
    const clock = performance.now()
    for (let i = 0; i < items.length; i += adapter.batchSize) {
      const batch = items.slice(i, i + adapter.batchSize)
      for (;;) {
        try {
          const outcomes = await adapter.send(batch, signal)
          accepted += outcomes.filter((o) => o.state === 'accepted' || o.state === 'pending').length
          break
        } catch (error) {
          const classified = classifyError(error)
          if (classified.kind !== 'rate-limited') throw error
          await sleep(classified.retryAfterMs ?? FALLBACK_WAIT_MS)
        }
      }
    }
    const wallMs = performance.now() - clock
    return { accepted, wallMs, startedAt, requests: await server.requests(service) }
  })
}
