import { z } from 'zod'
import type { BatchResult, ItemResult } from './types'

/** The 202 summary of seed 003. `errors` is a string there; a list of strings is tolerated. */
export const batchSummarySchema = z.object({
  accept: z.number().int().nonnegative(),
  failure: z.number().int().nonnegative(),
  failureList: z
    .array(z.object({ id: z.string(), errors: z.union([z.string(), z.array(z.string())]) }))
    .optional()
    .default([])
})

/** A parsed 202 summary. */
export type BatchSummary = z.output<typeof batchSummarySchema>

/**
 * Attributes a batch summary to the ids sent: every id in failureList failed
 * with its text, every other id was accepted. Returns a problem description
 * instead when the summary does not add up (counts disagree, an unknown or
 * repeated id), because guessing would mark rows wrongly.
 */
export function attributeSummary(sentIds: readonly string[], summary: BatchSummary): BatchResult | { problem: string } {
  const sent = new Set(sentIds)
  const failures = new Map<string, string>()
  for (const entry of summary.failureList) {
    if (!sent.has(entry.id)) return { problem: 'failureList names a product that was not in the request' }
    if (failures.has(entry.id)) return { problem: 'failureList names the same product twice' }
    failures.set(entry.id, Array.isArray(entry.errors) ? entry.errors.join('; ') : entry.errors)
  }
  if (summary.failure !== failures.size) {
    return { problem: `failure count ${summary.failure} disagrees with ${failures.size} entries in failureList` }
  }
  if (summary.accept + summary.failure !== sentIds.length) {
    return { problem: `accept ${summary.accept} + failure ${summary.failure} is not the ${sentIds.length} products sent` }
  }
  const items: ItemResult[] = sentIds.map((id) => {
    const error = failures.get(id)
    return error === undefined ? { id, ok: true } : { id, ok: false, error }
  })
  return { accepted: summary.accept, failed: summary.failure, items }
}
