import type { RequestLogEntry } from '../../src/core/practice/types'

/** HTTP 429: the emulator's answer to a request over its limit. */
export const TOO_MANY_REQUESTS = 429

/** What the emulator's request log says about one run. */
export interface RequestCounts {
  readonly total: number
  readonly refused: number
  /** Share of requests answered 429 (0 when there were none). */
  readonly refusedShare: number
}

/** Counts requests and refusals (429) in a request log, optionally only the ones `where` picks. */
export function countRequests(entries: readonly RequestLogEntry[], where: (e: RequestLogEntry) => boolean = () => true): RequestCounts {
  const picked = entries.filter(where)
  const refused = picked.filter((e) => e.status === TOO_MANY_REQUESTS).length
  return { total: picked.length, refused, refusedShare: picked.length === 0 ? 0 : refused / picked.length }
}
