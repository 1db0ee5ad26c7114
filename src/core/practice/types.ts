import type { IncomingHttpHeaders } from 'node:http'
import type { ServiceId } from '../../shared/targets'
import type { PracticeCredentials } from './credentials'

/** The services the practice emulator imitates (same ids as the app's targets). */
export type PracticeService = ServiceId

/**
 * When a fault fires: `count` times (then it is used up), or with
 * `probability` per request, or — with neither — on every matching request.
 * `methods` / `pathIncludes` narrow which requests it applies to.
 */
export interface FaultRule {
  readonly count?: number
  readonly probability?: number
  readonly methods?: readonly string[]
  readonly pathIncludes?: string
}

/** Faults to inject into one service's answers. */
export interface Faults {
  /** Fixed delay before processing, plus up to `jitterMs` random extra. */
  readonly latencyMs?: number
  readonly jitterMs?: number
  /** Answer 5xx (default 503) WITHOUT processing; optional Retry-After header value. */
  readonly serverError?: FaultRule & { readonly status?: number; readonly retryAfter?: string }
  /** Process the request, then destroy the socket without answering. */
  readonly dropAfterProcessing?: FaultRule
  /** Process the request, then never answer (the client's timeout must fire). */
  readonly hangAfterProcessing?: FaultRule
  /** Answer 200 with a non-JSON body (default an HTML captive-portal page) WITHOUT processing. */
  readonly garbage?: FaultRule & { readonly body?: string; readonly contentType?: string }
}

/** One request the emulator saw. Never holds headers or bodies, so never a secret. */
export interface RequestLogEntry {
  readonly service: PracticeService
  readonly method: string
  /** Request target as sent, including the service prefix and query. */
  readonly path: string
  /** Arrival time, ms since the epoch. */
  readonly at: number
  /** HTTP status answered; null while pending, or when dropped or hung. */
  status: number | null
  /** When the answer was written, ms since the epoch; null until then. */
  answeredAt?: number | null
  outcome: 'pending' | 'answered' | 'dropped' | 'hung'
  /** Which injected fault (if any) shaped the answer. */
  fault: string | null
}

/** NCLUE job stage durations (registered → pending → in_progress → done). */
export interface LifecycleDurations {
  readonly registeredMs: number
  readonly pendingMs: number
  readonly inProgressMs: number
}

/** Options for startPracticeServer; every one has a sensible default. */
export interface PracticeOptions {
  /** Requests per rolling second per service; null disables. Defaults 5 / 8 / 1. */
  readonly limits?: Partial<Record<PracticeService, number | null>>
  /** OCC app-key token lifetime (default 300 000 ms, §2.4). */
  readonly occTokenTtlMs?: number
  readonly nclueLifecycle?: Partial<LifecycleDurations>
  /** Spelling of the success status on the wire (default 'completed', §1.6 N3). */
  readonly nclueCompletedSpelling?: 'completed' | 'complete'
  /** NCLUE name limit (default 100, §1.7); 40 imitates the older documented limit. */
  readonly nclueNameMaxLength?: number
  /** Extra generated NCLUE tasks beyond the seeded ones (to exercise paging). */
  readonly nclueExtraTasks?: number
  /** How long a written product stays PROCESSING before DONE/ERROR (default 1000 ms). */
  readonly omnicommerceProcessingMs?: number
  /** Random source for fault probabilities and jitter (default Math.random). */
  readonly random?: () => number
  /** Keys the emulator accepts instead of the practice ones (secret-leak tests use distinctive keys). */
  readonly credentials?: PracticeCredentials
  /** Cap on request bodies (default 5 MB → 413). */
  readonly maxBodyBytes?: number
}

/** A parsed request as the per-service handlers see it. */
export interface EmuRequest {
  readonly method: string
  /** Path after the service prefix, without query, e.g. '/ccstore/v1/profiles'. */
  readonly path: string
  /** The full request target exactly as on the request line (what NCP signs). */
  readonly target: string
  readonly query: URLSearchParams
  readonly headers: IncomingHttpHeaders
  readonly bodyText: string
}

/** A handler's answer. */
export interface EmuResponse {
  readonly status: number
  readonly body?: unknown
  readonly headers?: Readonly<Record<string, string>>
  /** Defaults to application/json. */
  readonly contentType?: string
}
