import type { PauseReason } from './job-types'
import type { Pacer } from './pacer'
import { Wakeup } from './wakeup'

/** Why a job is stopping: the user cancelled, or the journal failed (a crash-like halt). */
export type StopKind = 'cancel' | 'halt'

/**
 * Pause, resume and stop for one job, shared by every part of the engine.
 * Pausing pauses the pacer (nothing new starts, running requests finish);
 * stopping closes it (waiting requests are dropped unsent) and wakes every
 * sleeper, so nothing is left hanging.
 */
export class JobControl {
  readonly wake = new Wakeup()
  readonly #pauses = new Set<PauseReason>()
  #message: string | undefined
  #retryAfterMs: number | undefined
  #stopping: StopKind | undefined
  #problem: string | undefined
  readonly #stop = new AbortController()

  constructor(private readonly pacer: Pacer) {}

  /** Aborts when the job stops: cuts backoff sleeps short. */
  get stopSignal(): AbortSignal {
    return this.#stop.signal
  }

  get stopping(): StopKind | undefined {
    return this.#stopping
  }

  /** For a halt: what went wrong. */
  get problem(): string | undefined {
    return this.#problem
  }

  get paused(): boolean {
    return this.#pauses.size > 0
  }

  /** The pause reasons and message, for progress events. */
  pauseInfo(): { reasons: PauseReason[]; message?: string; retryAfterMs?: number } | undefined {
    if (this.#pauses.size === 0) return undefined
    return {
      reasons: [...this.#pauses],
      ...(this.#message !== undefined ? { message: this.#message } : {}),
      ...(this.#retryAfterMs !== undefined ? { retryAfterMs: this.#retryAfterMs } : {})
    }
  }

  pause(reason: PauseReason, message?: string, retryAfterMs?: number): void {
    if (this.#stopping !== undefined) return
    this.#pauses.add(reason)
    if (message !== undefined) this.#message = message
    if (retryAfterMs !== undefined) this.#retryAfterMs = retryAfterMs
    this.pacer.pause('job')
    this.wake.notify()
  }

  /** Lifts every pause (the user decided to go on). */
  resume(): void {
    this.#pauses.clear()
    this.#message = undefined
    this.#retryAfterMs = undefined
    this.pacer.resume('job')
    this.wake.notify()
  }

  stop(kind: StopKind, problem?: string): void {
    if (this.#stopping !== undefined) return
    this.#stopping = kind
    this.#problem = problem
    this.#pauses.clear()
    this.#stop.abort()
    this.pacer.close()
    this.wake.notify()
  }

  /** Waits while paused. True when the job may go on, false when it is stopping. */
  async whenRunnable(): Promise<boolean> {
    while (this.#stopping === undefined && this.#pauses.size > 0) await this.wake.wait()
    return this.#stopping === undefined
  }
}
