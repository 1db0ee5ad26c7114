import { join } from 'node:path'
import { ConnectionStore } from '../core/connections/connection-store'
import { startPracticeServer } from '../core/practice/server'
import type { TargetConnection } from '../core/targets'
import { KeychainSecretStore } from '../main/adapters/keychain'
import { AppError } from '../shared/errors'
import type { ServiceId, TargetId } from '../shared/targets'
import { usageError } from './cli-error'
import { appDataDir } from './app-data'

/** A saved connection ready to send, and what to stop afterwards. */
export interface OpenedSavedConnection {
  readonly id: string
  readonly name: string
  readonly connection: TargetConnection
  close(): Promise<void>
}

/** The store's refusals (no key saved, keychain unusable), as one-line usage errors. */
function refusal(error: unknown, name: string): unknown {
  if (!(error instanceof AppError) || !error.code.startsWith('connections.')) return error
  if (error.code === 'connections.key-missing') return usageError('connection-no-keys', { name })
  if (error.code === 'connections.keychain-unavailable') return usageError('connection-keychain', { name })
  return usageError('connection-unavailable', { detail: error.message })
}

/**
 * --connection NAME: a connection saved in the app (connections.json in
 * the app's data folder), with its keys from the OS keychain through the
 * app's own adapter. The practice connections resolve to an emulator
 * started here. Unknown names, the wrong service and missing keys are
 * refused with exit 2; no key is ever printed.
 */
export async function openSavedConnection(name: string, service: ServiceId, target: TargetId, env: NodeJS.ProcessEnv): Promise<OpenedSavedConnection> {
  const practice = await startPracticeServer()
  try {
    const store = new ConnectionStore({ file: join(appDataDir(env), 'connections.json'), secrets: new KeychainSecretStore(), practice })
    const summary = await store.findConnectionByName(name)
    if (summary === null) throw usageError('connection-not-found', { name })
    if (summary.service !== service) throw usageError('connection-wrong-service', { name: summary.name, service: summary.service, target, wanted: service })
    const { connection } = await store.resolveConnection(summary.id)
    return { id: summary.id, name: summary.name, connection, close: () => practice.close() }
  } catch (error) {
    await practice.close()
    throw refusal(error, name)
  }
}
