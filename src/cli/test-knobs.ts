import type { TargetConnection } from '../core/targets'

/*
 * Settings for tests only, read from the environment and deliberately left
 * out of --help and the README: they make fault tests fast without changing
 * what users get.
 */

/** A shorter per-request time limit, so "processed but never answered" does not wait the default 30 s. */
const TIMEOUT_VARIABLE = 'SHEETPORT_REQUEST_TIMEOUT_MS'

function positive(env: NodeJS.ProcessEnv, name: string): number | null {
  const value = Number(env[name])
  return Number.isFinite(value) && value > 0 ? value : null
}

/** The connection's per-request time limit when a test sets one. */
export function testTimeout(env: NodeJS.ProcessEnv): Pick<TargetConnection, 'timeoutMs'> {
  const ms = positive(env, TIMEOUT_VARIABLE)
  return ms === null ? {} : { timeoutMs: ms }
}
