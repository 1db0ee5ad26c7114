import { vi } from 'vitest'
import type { UpdatePort } from '../../../src/core/updates/update-port'
import type { RestartRefusal, UpdateStatus } from '../../../src/shared/updates'

/** An updater stand-in whose status a test moves by hand, with the restarts it was asked for. */
export interface FakeUpdatePort {
  readonly port: UpdatePort & { restartToUpdate: ReturnType<typeof vi.fn<() => 'restarting' | RestartRefusal>> }
  /** Sets the status and tells every listener, as the desktop updater does. */
  move(next: UpdateStatus): void
  /** Listeners still subscribed (the core unsubscribes on close). */
  listenerCount(): number
}

/** For testing the core and the screen without electron-updater: starts idle, and answers restarts with `answer`. */
export function fakeUpdatePort(answer: 'restarting' | RestartRefusal = 'restarting'): FakeUpdatePort {
  let current: UpdateStatus = { state: 'idle' }
  const listeners = new Set<(status: UpdateStatus) => void>()
  const port = {
    status: () => current,
    restartToUpdate: vi.fn<() => 'restarting' | RestartRefusal>(() => answer),
    onChange: (listener: (status: UpdateStatus) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
  return {
    port,
    move(next) {
      current = next
      for (const listener of listeners) listener(next)
    },
    listenerCount: () => listeners.size
  }
}
