/** A function run at most once per interval, however often it is asked for; `now()` runs it at once. */
export interface Throttled {
  (): void
  now(): void
}

/**
 * Runs `run` on the first call, then at most once every `everyMs` (a call in
 * between is kept for the end of the interval, so the last change is never
 * missed). For refreshing a screen from a stream of progress events.
 */
export function throttled(everyMs: number, run: () => unknown): Throttled {
  let timer: ReturnType<typeof setTimeout> | null = null
  let last = 0
  const fire = (): void => {
    timer = null
    last = Date.now()
    void run()
  }
  const request = (): void => {
    if (timer === null) timer = setTimeout(fire, Math.max(0, last + everyMs - Date.now()))
  }
  return Object.assign(request, {
    now(): void {
      if (timer !== null) clearTimeout(timer)
      fire()
    }
  })
}
