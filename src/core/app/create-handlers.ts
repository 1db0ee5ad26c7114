import type { ConnectionSummary } from '../../shared/app-types'
import type { ImportSessions } from '../import/import-sessions'
import { appHandlers, type AppHandlerDeps } from './handlers/app-handlers'
import { connectionHandlers } from './handlers/connection-handlers'
import { importHandlers } from './handlers/import-handlers'
import type { Handlers } from './handlers/types'

/** What the handlers need from the running app, injected by each composition root. */
export interface HandlerDeps extends AppHandlerDeps {
  readonly connections: () => Promise<ConnectionSummary[]> | ConnectionSummary[]
  readonly imports: ImportSessions
}

/**
 * Wires every contract channel to the core, one domain file each under
 * ./handlers. Electron's main process and the web bridge both call this, so
 * the two shells run the same behaviour; the type makes a missing channel a
 * compile error.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...appHandlers(deps),
    ...connectionHandlers(deps.connections),
    ...importHandlers(deps.imports)
  }
}
