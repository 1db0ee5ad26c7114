import type { UpdatePort } from './update-port'

/** The updater of a shell that has none (the browser build): always idle, never restarts. */
export const NO_UPDATES: UpdatePort = {
  status: () => ({ state: 'idle' }),
  restartToUpdate: () => 'no-updater',
  onChange: () => () => {}
}
