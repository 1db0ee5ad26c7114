/** What to do on Ctrl-C (or a polite kill): stop gracefully the first time, quit at once the second. */
export interface InterruptHandlers {
  readonly first: () => void
  readonly second: () => void
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const

/**
 * Catches Ctrl-C and SIGTERM while a job runs. The first asks the job to
 * stop (requests under way finish and are journaled); the second quits at
 * once, which the journal makes safe. Returns the function that lets go.
 */
export function onInterrupt(handlers: InterruptHandlers): () => void {
  let count = 0
  const listener = (): void => {
    count++
    if (count === 1) handlers.first()
    else handlers.second()
  }
  for (const signal of SIGNALS) process.on(signal, listener)
  return () => {
    for (const signal of SIGNALS) process.off(signal, listener)
  }
}
