import type { ConnectionCatalog } from '../connections/connection-store'
import type { ImportSessions } from '../import/import-sessions'
import { appHandlers, type AppHandlerDeps } from './handlers/app-handlers'
import { connectionHandlers } from './handlers/connection-handlers'
import { importHandlers } from './handlers/import-handlers'
import { jobsHandlers, type JobHandlerDeps } from './handlers/jobs-handlers'
import { logHandlers, type LogHandlerDeps } from './handlers/log-handlers'
import { reviewHandlers } from './handlers/review-handlers'
import { sampleHandlers } from './handlers/sample-handlers'
import type { Handlers } from './handlers/types'
import { updateHandlers, type UpdateHandlerDeps } from './handlers/update-handlers'

/** What the handlers need from the running app, injected by each composition root. */
export interface HandlerDeps extends AppHandlerDeps, LogHandlerDeps {
  /** The renderer-safe part of the connection store (no method returns a key). */
  readonly connections: ConnectionCatalog
  readonly imports: ImportSessions
  readonly jobs: JobHandlerDeps
  readonly updates: UpdateHandlerDeps
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
    ...importHandlers(deps.imports),
    ...jobsHandlers(deps.jobs),
    ...logHandlers(deps),
    ...reviewHandlers(deps.imports),
    ...sampleHandlers(deps),
    ...updateHandlers(deps.updates)
  }
}
