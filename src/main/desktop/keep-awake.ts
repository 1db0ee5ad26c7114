import type { EventBus } from '../../core/app/event-bus'

/** The part of Electron's powerSaveBlocker this needs. */
export interface SleepBlocker {
  start(type: 'prevent-app-suspension'): number
  stop(id: number): void
}

/**
 * Keeps the computer from sleeping while any upload runs (a sleeping laptop
 * would stall it mid-way) and lets it sleep again when none does. Returns
 * the function that stops watching.
 */
export function keepAwakeWhileUploading(events: EventBus, blocker: SleepBlocker, runningJobs: () => number): () => void {
  let blockId: number | null = null
  const update = (): void => {
    if (runningJobs() > 0 && blockId === null) blockId = blocker.start('prevent-app-suspension')
    else if (runningJobs() === 0 && blockId !== null) {
      blocker.stop(blockId)
      blockId = null
    }
  }
  const unsubscribe = events.subscribe((event) => {
    if (event === 'jobs:progress') update()
  })
  return () => {
    unsubscribe()
    if (blockId !== null) blocker.stop(blockId)
    blockId = null
  }
}
