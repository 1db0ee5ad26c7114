import { mkdir } from 'node:fs/promises'
import { AppError } from '../../../shared/errors'
import type { AppLog } from '../../log'
import type { Handlers } from './types'

/** What the log channels need: the log, and (desktop only) a way to show a folder in Explorer or Finder. */
export interface LogHandlerDeps {
  readonly log: AppLog
  readonly openFolder?: (folder: string) => Promise<void>
}

/** Settings' "support log" card: where the file is, and opening its folder. */
export function logHandlers(deps: LogHandlerDeps): Pick<Handlers, 'logs:where' | 'logs:open-folder'> {
  return {
    'logs:where': () => {
      const location = deps.log.location
      return location === null ? null : { ...location, canOpenFolder: deps.openFolder !== undefined }
    },
    'logs:open-folder': async () => {
      const location = deps.log.location
      if (location === null || deps.openFolder === undefined) {
        throw new AppError('logs.cannot-open', 'This version of Sheetport cannot open folders. The path is shown above.')
      }
      // The folder exists from the first logged line; create it anyway so a fresh install opens something.
      await mkdir(location.folder, { recursive: true })
      await deps.openFolder(location.folder)
      return null
    }
  }
}
