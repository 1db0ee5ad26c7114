import { AppError } from '../../shared/errors'
import type { RestartRefusal } from '../../shared/updates'

const MESSAGES: Readonly<Record<RestartRefusal, string>> = {
  uploading: 'An upload is running. Sheetport can restart once it has finished.',
  'not-ready': 'No new version has been downloaded yet.',
  'no-updater': 'This version of Sheetport does not update itself.'
}

/** The plain, translatable error (errors.updates.<reason>) for a restart that did not happen. */
export function restartRefused(reason: RestartRefusal): AppError {
  return new AppError(`updates.${reason}`, MESSAGES[reason])
}
