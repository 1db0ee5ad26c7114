import { setTimeout as delay } from 'node:timers/promises'
import { observeSending } from '../http/sent-at'
import type { ServiceTally, TargetAdapter } from './target-adapter'

/** The yardstick read made while a job was still being prepared: what it found, and when it left. */
export interface EarlyTally {
  /** The service's totals; undefined when the read failed (the job then reads them itself). */
  readonly tally: ServiceTally | undefined
  /** When the request was written out (epoch ms): it counts in the job's first window. */
  readonly sentAt: number
}

/** A yardstick read under way: its outcome, and a wait for the moment it left. */
export interface EarlyTallyRead {
  /** Undefined for a service without totals; never rejects. */
  readonly result: Promise<EarlyTally | undefined>
  /**
   * Resolves once the request is written out, or after `capMs` at most:
   * preparing a job holds the event loop for a moment, and the request
   * only leaves while it is free.
   */
  written(capMs: number): Promise<void>
}

/**
 * Starts reading a service's totals, the yardstick for confirming a job's
 * rows together (confirm-by-tally.ts), before the job exists: as soon as
 * the connection is known, so its answer comes while the rows are mapped,
 * checked and journaled and the first create need not wait for it.
 */
export function startTallyEarly(adapter: TargetAdapter, signal: AbortSignal = new AbortController().signal): EarlyTallyRead {
  const tally = adapter.tally
  if (tally === undefined) return { result: Promise.resolve(undefined), written: () => Promise.resolve() }
  const startedAt = Date.now()
  let sentAt = startedAt
  let markWritten = (): void => {}
  const left = new Promise<void>((resolve) => (markWritten = resolve))
  const onSent = (at: number): void => {
    sentAt = Math.max(startedAt, at)
    markWritten()
  }
  const context = { signal, paced: <T>(request: (s: AbortSignal) => Promise<T>) => observeSending(onSent, () => request(signal)) }
  const result = tally.call(adapter, context).then(
    (value): EarlyTally => ({ tally: value, sentAt }),
    (): EarlyTally => ({ tally: undefined, sentAt })
  )
  void result.then(markWritten)
  return { result, written: (capMs) => Promise.race([left, delay(capMs)]) }
}
