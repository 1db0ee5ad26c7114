import type { PracticeService, RequestLogEntry } from './types'

/**
 * Every request the emulator saw, with arrival time and outcome, for tests
 * to assert on (rates, counts, statuses). Holds no headers or bodies.
 */
export class RequestLog {
  private readonly entries: RequestLogEntry[] = []

  /** Records an arriving request and returns its (mutable) entry. */
  open(service: PracticeService, method: string, path: string, at: number): RequestLogEntry {
    const entry: RequestLogEntry = { service, method, path, at, status: null, outcome: 'pending', fault: null }
    this.entries.push(entry)
    return entry
  }

  /** All entries, or one service's, oldest first. */
  list(service?: PracticeService): readonly RequestLogEntry[] {
    return service === undefined ? [...this.entries] : this.entries.filter((e) => e.service === service)
  }

  /**
   * The most requests of `service` that arrived within any rolling window of
   * `windowMs` (optionally only those `where` accepts, e.g. not answered 429).
   */
  maxInWindow(service: PracticeService, windowMs: number = 1000, where: (e: RequestLogEntry) => boolean = () => true): number {
    const times = this.list(service).filter(where).map((e) => e.at).sort((a, b) => a - b)
    let best = 0
    let start = 0
    for (let end = 0; end < times.length; end++) {
      while ((times[end] ?? 0) - (times[start] ?? 0) >= windowMs) start++
      best = Math.max(best, end - start + 1)
    }
    return best
  }

  /** Forgets everything seen so far. */
  clear(): void {
    this.entries.length = 0
  }
}
