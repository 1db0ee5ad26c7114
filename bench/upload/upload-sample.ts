import type { RequestLogEntry } from '../../src/core/practice/types'
import { countRequests } from './request-counts'

/** One contender's upload, as the figure tables need it. */
export interface UploadSample {
  readonly accepted: number
  /** From the start of the upload to its end: what the person at the screen waits. */
  readonly wallMs: number
  /** From the start to the first request reaching the emulator (reading the rows, journal, snapshot). */
  readonly firstRequestMs: number
  /** Requests the emulator saw for the service. */
  readonly requests: number
  /** Of which answered 429. */
  readonly refused: number
  /** Products only: how the emulator saw the windows (products-contenders.ts). */
  readonly windowGaps?: WindowGaps
  /** Products only: from the start to the service's answer to the last create (following what it still processes comes after). */
  readonly sendingMs?: number
  /** Products only: from the start to the first create reaching the emulator. */
  readonly firstCreateMs?: number
  /** Products only: requests other than creates the service saw before its last create arrived (the totals' yardstick). */
  readonly readsWhileSending?: number
}

/** Arrival gaps between each request and the one a window later, by the emulator's clock. */
export interface WindowGaps {
  readonly minMs: number
  readonly medianMs: number
  /** Between the first window's first request and the second window's. */
  readonly firstMs: number
}

/** Accepted rows per second over the whole upload. */
export function perSecond(sample: UploadSample): number {
  return (sample.accepted * 1000) / sample.wallMs
}

/** Share of requests refused (0 when none were made). */
export function refusedShare(sample: UploadSample): number {
  return sample.requests === 0 ? 0 : sample.refused / sample.requests
}

/** A sample from a run's outcome, its start (epoch ms) and the emulator's request log. */
export function uploadSample(accepted: number, wallMs: number, startedAt: number, log: readonly RequestLogEntry[]): UploadSample {
  const counts = countRequests(log)
  const firstRequestMs = Math.max(0, (log[0]?.at ?? startedAt) - startedAt)
  return { accepted, wallMs, firstRequestMs, requests: counts.total, refused: counts.refused }
}
