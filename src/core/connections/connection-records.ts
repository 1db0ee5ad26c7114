import { z } from 'zod'
import type { ConnectionSummary, ConnectionTestOutcome } from '../../shared/app-types'

const OUTCOMES = ['worked', 'wrong-key', 'clock-skew', 'unreachable', 'not-the-service', 'no-key', 'other'] as const satisfies readonly ConnectionTestOutcome[]

const common = {
  id: z.string().min(1),
  name: z.string().min(1),
  baseUrl: z.string().min(1),
  /** Whether the keychain holds this connection's keys (the keys themselves are never in this file). */
  hasSecret: z.boolean(),
  createdAt: z.string(),
  lastTestedAt: z.string().nullable(),
  lastTest: z.object({ outcome: z.enum(OUTCOMES), detail: z.string().optional() }).nullable()
}

/** One connection as connections.json keeps it: settings only, never a key. */
export const storedConnectionSchema = z.discriminatedUnion('service', [
  z.object({ service: z.literal('omnicommerce'), ...common }),
  z.object({ service: z.literal('occ'), ...common, occMode: z.enum(['storefront', 'admin']), language: z.string().nullable() }),
  z.object({ service: z.literal('nclue'), ...common })
])

/** A stored connection (non-secret settings and the last test). */
export type StoredConnection = z.infer<typeof storedConnectionSchema>

/** The file's outer shape; entries are checked one by one so one bad entry loses nothing else. */
export const connectionsFileSchema = z.object({ version: z.literal(1), connections: z.array(z.unknown()) })

/** The renderer's view of a stored connection: the same settings, still no key. */
export function summaryOf(record: StoredConnection): ConnectionSummary {
  return {
    id: record.id,
    name: record.name,
    service: record.service,
    baseUrl: record.baseUrl,
    practice: false,
    hasSecret: record.hasSecret,
    lastTestedAt: record.lastTestedAt,
    ...(record.lastTest === null ? {} : { lastTest: record.lastTest }),
    ...(record.service === 'occ' ? { occMode: record.occMode, ...(record.language === null ? {} : { language: record.language }) } : {})
  }
}

/** Names compare trimmed, Unicode-normalised (Hangul typed on a Mac may arrive decomposed) and case-insensitively. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase()
}
