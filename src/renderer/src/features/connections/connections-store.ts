import { create } from 'zustand'
import type { ConnectionSummary } from '../../../../shared/app-types'
import { api } from '../../api'

interface ConnectionsState {
  readonly connections: readonly ConnectionSummary[] | null
  readonly error: string | null
  load(): Promise<void>
}

/** The connection list as the renderer may know it: names and flags, never keys. */
export const useConnections = create<ConnectionsState>((set) => ({
  connections: null,
  error: null,
  async load() {
    const result = await api.connections.list()
    set(result.ok ? { connections: result.data, error: null } : { error: result.code })
  }
}))
