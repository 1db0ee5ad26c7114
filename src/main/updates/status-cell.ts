import type { UpdateStatus } from '../../shared/updates'

/** The updater's current status and who to tell when it changes. */
export interface StatusCell {
  get(): UpdateStatus
  /** Moves to the next status; a downloaded update stays shown until a newer one is downloaded. */
  set(next: UpdateStatus): void
  onChange(listener: (status: UpdateStatus) => void): () => void
}

/**
 * Holds the status the screen shows. Once an update is downloaded the person
 * has been told "ready": a later check (or its failure) must not take that
 * back, so only another 'ready' replaces it.
 */
export function statusCell(): StatusCell {
  let current: UpdateStatus = { state: 'idle' }
  const listeners = new Set<(status: UpdateStatus) => void>()
  return {
    get: () => current,
    set(next) {
      if (current.state === 'ready' && next.state !== 'ready') return
      current = next
      for (const listener of listeners) listener(next)
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
