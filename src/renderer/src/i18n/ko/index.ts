import type { Messages } from '../en'
import { app } from './app'
import { connections } from './connections'
import { errors } from './errors'
import { history } from './history'
import { importFlow } from './import-flow'
import { nav } from './nav'
import { review } from './review'
import { results } from './results'
import { samples } from './samples'
import { services } from './services'
import { settings } from './settings'
import { updates } from './updates'
import { upload } from './upload'

/** Korean interface text — most of Sheetport's users read this. Same keys as English. */
export const ko: Messages = {
  app,
  nav,
  import: importFlow,
  review,
  samples,
  connections,
  services,
  history,
  settings,
  upload,
  results,
  updates,
  errors
}
