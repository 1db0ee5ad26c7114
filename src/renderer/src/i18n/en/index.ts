import { app } from './app'
import { connections } from './connections'
import { errors } from './errors'
import { history } from './history'
import { importFlow } from './import-flow'
import { nav } from './nav'
import { services } from './services'
import { settings } from './settings'

/**
 * English interface text, one file per area of the app so each feature keeps
 * its own words. Korean (../ko) must have exactly the same keys.
 */
export const en = {
  app,
  nav,
  import: importFlow,
  connections,
  services,
  history,
  settings,
  errors
}

/** The shape every language's text must have. */
export type Messages = typeof en
