import type { JobProgress } from './job-types'

/**
 * Turns a stream of state changes into progress events at most every
 * `everyMs` (trailing edge, so the latest state always gets out), plus one
 * final event. A throwing listener cannot break the job.
 */
export class ProgressMeter {
  #timer: ReturnType<typeof setTimeout> | undefined
  #lastEmit = Number.NEGATIVE_INFINITY
  #finished = false

  constructor(
    private readonly snapshot: () => JobProgress,
    private readonly listener: ((progress: JobProgress) => void) | undefined,
    private readonly everyMs: number
  ) {}

  /** Something changed; an event follows within `everyMs`. */
  touch(): void {
    if (this.listener === undefined || this.#finished || this.#timer !== undefined) return
    const wait = Math.max(0, this.#lastEmit + this.everyMs - Date.now())
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      this.#emit(this.snapshot())
    }, wait)
  }

  /** Sends the final event and stops. */
  finish(progress: JobProgress): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer)
    this.#timer = undefined
    this.#finished = true
    this.#emit(progress)
  }

  #emit(progress: JobProgress): void {
    this.#lastEmit = Date.now()
    try {
      this.listener?.(progress)
    } catch {
      // A broken progress listener must not stop an upload.
    }
  }
}
