import { pacingFor, type PacingConfig, type ServiceName } from '../core/upload'
import type { TargetConnection } from '../core/targets'

/*
 * Settings for tests only, read from the environment and deliberately left
 * out of --help and the README: they make fault tests fast and their rate
 * measurements robust on a loaded machine, without changing what users get.
 */

/** A shorter per-request time limit, so "processed but never answered" does not wait the default 30 s. */
const TIMEOUT_VARIABLE = 'SHEETPORT_REQUEST_TIMEOUT_MS'

/**
 * A wider safety margin on the fixed one-second windows (OMNICOMMERCE,
 * NCLUE) than the engine's 50 ms: a freshly started process opens its first
 * connections tens of milliseconds late on a busy machine, which the default
 * margin does not always cover (see the report to the lead).
 */
const MARGIN_VARIABLE = 'SHEETPORT_PACING_MARGIN_MS'

function positive(env: NodeJS.ProcessEnv, name: string): number | null {
  const value = Number(env[name])
  return Number.isFinite(value) && value > 0 ? value : null
}

/** The connection's per-request time limit when a test sets one. */
export function testTimeout(env: NodeJS.ProcessEnv): Pick<TargetConnection, 'timeoutMs'> {
  const ms = positive(env, TIMEOUT_VARIABLE)
  return ms === null ? {} : { timeoutMs: ms }
}

/** The engine's pacing with a test's wider margin on fixed windows; undefined keeps the engine's own. */
export function testPacing(env: NodeJS.ProcessEnv): ((service: ServiceName) => PacingConfig | undefined) | undefined {
  const margin = positive(env, MARGIN_VARIABLE)
  if (margin === null) return undefined
  return (service) => {
    const pacing = pacingFor(service)
    return pacing.adaptive === undefined ? { ...pacing, intervalMs: 1000 + margin } : undefined
  }
}
