import type { PreparedJob } from '../core/jobs'
import { createTargetAdapter } from '../core/targets'
import { SERVICE_OF_TARGET, type TargetId } from '../shared/targets'
import type { ConnectionChoice } from './args'
import { withHostFetch, type CliHost } from './cli-host'
import { openConnection } from './connection'

/** A row the service's own check refused, with its reason code and detail (as an engine outcome keeps them). */
export interface ScreenedRow {
  readonly index: number
  readonly reasonCode: string
  readonly message: string
}

/** What a dry run learned from the service: the rows it refused, or why it could not ask. */
export type DryRunScreen = { readonly rows: readonly ScreenedRow[] } | { readonly failed: string } | null

/** Whether the run was given a way to reach the service: a saved connection, an address with its keys, or --sandbox on purpose. */
function hasKeys(choice: ConnectionChoice, target: TargetId, env: NodeJS.ProcessEnv): boolean {
  if (choice.kind === 'saved') return true
  if (choice.kind === 'sandbox') return choice.explicit
  if (SERVICE_OF_TARGET[target] !== 'nclue') return false
  return Boolean(env['NCP_ACCESS_KEY']?.trim()) && Boolean(env['NCP_SECRET_KEY']?.trim())
}

/**
 * The service-side part of a dry run: when the target's adapter can check
 * rows without changing anything (NCLUE: each row's task against the task
 * list) and the run was given keys, asks it — reading only, sending
 * nothing. Null when there is nothing to ask or no keys to ask with.
 */
export async function screenForDryRun(target: TargetId, prepared: PreparedJob, choice: ConnectionChoice, env: NodeJS.ProcessEnv, host: CliHost): Promise<DryRunScreen> {
  if (prepared.items.length === 0 || !hasKeys(choice, target, env)) return null
  const connection = withHostFetch(await openConnection(choice, target, env), host)
  try {
    const adapter = createTargetAdapter(target, connection.connection)
    if (adapter.screen === undefined) return null
    const signal = new AbortController().signal
    const outcomes = await adapter.screen(prepared.items, { signal, paced: (request) => request(signal) })
    return { rows: outcomes.flatMap((o) => (o.state === 'failed' ? [{ index: o.index, reasonCode: o.reasonCode, message: o.message }] : [])) }
  } catch (error) {
    return { failed: error instanceof Error && error.message !== '' ? error.message : 'no answer' }
  } finally {
    await connection.close()
  }
}
