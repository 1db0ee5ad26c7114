import { practiceId, practiceSummary, practiceTarget } from '../core/connections/practice-connections'
import { startPracticeServer } from '../core/practice/server'
import type { TargetConnection, TargetCredentials } from '../core/targets'
import { SERVICE_OF_TARGET, type ServiceId, type TargetId } from '../shared/targets'
import type { ConnectionChoice } from './args'
import { usageError } from './cli-error'
import { testTimeout } from './test-knobs'

/** Where a run sends its rows, under the id its journal records (never a secret). */
export interface CliConnection {
  readonly id: string
  readonly name: string
  readonly connection: TargetConnection
  /** Stops what the connection started (the sandbox's emulator). */
  close(): Promise<void>
}

/** The environment variables that hold keys. */
type KeyVariable = 'OMNICOMMERCE_API_KEY' | 'NCP_ACCESS_KEY' | 'NCP_SECRET_KEY'

/** A key from the environment, or a refusal naming the variable (its value is never echoed). */
function requiredKey(env: NodeJS.ProcessEnv, name: KeyVariable, target: TargetId): string {
  const value = env[name]?.trim()
  if (value === undefined || value === '') throw usageError('missing-env', { name, target })
  return value
}

/** The credentials --base-url needs for a service, from the environment. */
function environmentCredentials(service: ServiceId, target: TargetId, env: NodeJS.ProcessEnv): Pick<TargetConnection, 'credentials' | 'occMode'> {
  if (service === 'omnicommerce') return { credentials: { apiKey: requiredKey(env, 'OMNICOMMERCE_API_KEY', target) } }
  if (service === 'nclue') {
    return { credentials: { accessKey: requiredKey(env, 'NCP_ACCESS_KEY', target), secretKey: requiredKey(env, 'NCP_SECRET_KEY', target) } }
  }
  const appKey = env['OCC_APP_KEY']?.trim()
  const credentials: TargetCredentials = appKey ? { appKey } : null
  return { credentials, occMode: appKey ? 'admin' : 'storefront' }
}

/** The built-in practice service, started in this process for the run. */
async function sandbox(service: ServiceId, env: NodeJS.ProcessEnv): Promise<CliConnection> {
  const server = await startPracticeServer()
  return {
    id: practiceId(service),
    name: practiceSummary(service, server.baseUrls).name,
    connection: { ...practiceTarget(service, server), ...testTimeout(env) },
    close: () => server.close()
  }
}

/**
 * Opens the connection a run asked for: the practice emulator (--sandbox,
 * the default), a service address with keys from the environment
 * (--base-url; a missing key variable is a usage error naming it), or a
 * connection saved in the app (--connection).
 */
export async function openConnection(choice: ConnectionChoice, target: TargetId, env: NodeJS.ProcessEnv): Promise<CliConnection> {
  const service = SERVICE_OF_TARGET[target]
  if (choice.kind === 'sandbox') return sandbox(service, env)
  if (choice.kind === 'base-url') {
    return {
      id: `url:${choice.url}`,
      name: choice.url,
      connection: { baseUrl: choice.url, ...environmentCredentials(service, target, env), ...testTimeout(env) },
      close: async () => {}
    }
  }
  // Loaded only for --connection, so other runs never load the keychain's native module.
  const { openSavedConnection } = await import('./saved-connection')
  const saved = await openSavedConnection(choice.name, service, target, env)
  return { ...saved, connection: { ...saved.connection, ...testTimeout(env) } }
}
