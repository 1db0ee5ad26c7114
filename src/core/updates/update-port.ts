import type { RestartRefusal, UpdateStatus } from '../../shared/updates'

/**
 * What the core needs from an updater, so it never depends on Electron: the
 * desktop shell passes one (src/main/updates), the browser build passes none
 * and gets NO_UPDATES. The core forwards changes to the screen and refuses a
 * restart while uploads run.
 */
export interface UpdatePort {
  /** What the updater is doing now. */
  status(): UpdateStatus
  /** Quits and installs the downloaded update, or answers why it did not. */
  restartToUpdate(): 'restarting' | RestartRefusal
  /** Calls the listener on every status change; returns the unsubscribe. */
  onChange(listener: (status: UpdateStatus) => void): () => void
}
