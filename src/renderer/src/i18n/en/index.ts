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

/**
 * English interface text, one file per area of the app so each feature keeps
 * its own words. Korean (../ko) must have exactly the same keys.
 */
export const en = {
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

/** The shape every language's text must have. */
export type Messages = typeof en
