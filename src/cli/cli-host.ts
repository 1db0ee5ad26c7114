import type { SheetReaderOptions } from '../core/sheets'
import type { CliConnection } from './connection'

/**
 * What the program running the CLI lends it. `node out/cli/main.js` lends
 * nothing (worker threads, Node's fetch); the installed desktop app's
 * `--cli` mode lends Electron's ways: its parsing utility process and
 * Chromium's net.fetch, which follows the system proxy and trusts the OS's
 * certificates, as the app's own uploads do.
 */
export interface CliHost {
  readonly reader?: SheetReaderOptions
  readonly fetch?: typeof fetch
}

/** The connection, making its calls the host's way. */
export function withHostFetch(connection: CliConnection, host: CliHost): CliConnection {
  if (host.fetch === undefined) return connection
  return { ...connection, connection: { ...connection.connection, fetch: host.fetch } }
}
