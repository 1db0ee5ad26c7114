import type { EmuRequest, FaultRule, Faults } from './types'

/** The kinds of rule-based fault, in the order they are considered. */
export type FaultName = 'serverError' | 'garbage' | 'dropAfterProcessing' | 'hangAfterProcessing'

/** A default HTML body for the garbage fault: what a captive portal or proxy might send. */
export const GARBAGE_HTML = '<!DOCTYPE html><html><head><title>Sign in to Wi-Fi</title></head><body><h1>Welcome</h1></body></html>'

/**
 * The faults currently set for one service, with their remaining counts.
 * Deciding is separate from the server so the rules are easy to test and read.
 */
export class FaultBook {
  private faults: Faults = {}
  private readonly remaining = new Map<FaultName, number>()

  constructor(private readonly random: () => number) {}

  /** Replaces all faults for this service (counts start afresh). */
  set(faults: Faults): void {
    this.faults = faults
    this.remaining.clear()
    for (const name of ['serverError', 'garbage', 'dropAfterProcessing', 'hangAfterProcessing'] as const) {
      const count = faults[name]?.count
      if (count !== undefined) this.remaining.set(name, count)
    }
  }

  /** The current fault settings. */
  get current(): Faults {
    return this.faults
  }

  /** Delay to apply before processing: fixed latency plus random jitter. */
  latencyMs(): number {
    return (this.faults.latencyMs ?? 0) + (this.faults.jitterMs ?? 0) * this.random()
  }

  /** Whether fault `name` fires for this request; uses up one count when it does. */
  fires(name: FaultName, req: EmuRequest): boolean {
    const rule: FaultRule | undefined = this.faults[name]
    if (rule === undefined || !matches(rule, req)) return false
    const left = this.remaining.get(name)
    if (left !== undefined) {
      if (left <= 0) return false
      this.remaining.set(name, left - 1)
      return true
    }
    if (rule.probability !== undefined) return this.random() < rule.probability
    return true
  }
}

/** Whether a rule's method/path filter covers the request. */
function matches(rule: FaultRule, req: EmuRequest): boolean {
  if (rule.methods !== undefined && !rule.methods.includes(req.method)) return false
  if (rule.pathIncludes !== undefined && !req.target.includes(rule.pathIncludes)) return false
  return true
}
