import { restartRefused } from '../../updates/restart-refused'
import type { UpdatePort } from '../../updates/update-port'
import type { Handlers } from './types'

/** What the update channels need: the shell's updater, and how many uploads run. */
export interface UpdateHandlerDeps {
  readonly updates: UpdatePort
  runningJobs(): number
}

/**
 * The updater's status, and "Restart now". The core refuses the restart
 * itself while an upload runs, whatever the shell's updater would do, so an
 * update never cuts an upload short.
 */
export function updateHandlers(deps: UpdateHandlerDeps): Pick<Handlers, 'updates:status' | 'updates:restart'> {
  return {
    'updates:status': () => deps.updates.status(),
    'updates:restart': () => {
      const answer = deps.runningJobs() > 0 ? 'uploading' : deps.updates.restartToUpdate()
      if (answer !== 'restarting') throw restartRefused(answer)
      return null
    }
  }
}
