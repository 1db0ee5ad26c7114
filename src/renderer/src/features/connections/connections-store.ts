import { create } from 'zustand'
import type { ConnectionsFileProblem, ConnectionSummary } from '../../../../shared/app-types'
import type { Failure, IpcResult } from '../../../../shared/errors'
import type { ConnectionChange, ConnectionDraft } from '../../../../shared/ipc/channels/connections'
import { api } from '../../api'

/** Which form is open: none, a new connection, or editing one. */
export type Editor = { readonly mode: 'add' } | { readonly mode: 'edit'; readonly id: string } | null

/** The last thing that happened, for the status line people (and screen readers) hear. */
export type Notice =
  | { readonly kind: 'tested'; readonly connection: ConnectionSummary }
  | { readonly kind: 'saved' | 'removed'; readonly name: string }
  | { readonly kind: 'failed'; readonly failure: Failure }

interface ConnectionsState {
  readonly connections: readonly ConnectionSummary[] | null
  readonly problem: ConnectionsFileProblem | null
  readonly loadFailure: Failure | null
  readonly editor: Editor
  /** The connection whose removal waits for a yes. */
  readonly confirmingRemoval: string | null
  readonly testing: ReadonlySet<string>
  readonly notice: Notice | null
  load(): Promise<void>
  openEditor(editor: Editor): void
  askRemoval(id: string | null): void
  /** Saves the form; resolves to the refusal to show in the form, or null when saved. */
  save(form: ConnectionDraft | ConnectionChange): Promise<Failure | null>
  remove(connection: ConnectionSummary): Promise<void>
  test(connection: ConnectionSummary): Promise<void>
}

const replaceIn = (list: readonly ConnectionSummary[] | null, next: ConnectionSummary): ConnectionSummary[] => {
  const current = list ?? []
  return current.some((c) => c.id === next.id) ? current.map((c) => (c.id === next.id ? next : c)) : [...current, next]
}

/**
 * The connections screen's state: names, settings and flags as the main
 * process reports them (never a key — keys typed in the form go out with
 * save and are not kept here), which form is open, and what just happened.
 */
export const useConnections = create<ConnectionsState>((set, get) => ({
  connections: null,
  problem: null,
  loadFailure: null,
  editor: null,
  confirmingRemoval: null,
  testing: new Set(),
  notice: null,
  async load() {
    const [list, problem] = await Promise.all([api.connections.list(), api.connections.problems()])
    if (!list.ok) return set({ loadFailure: list })
    set({ connections: list.data, loadFailure: null, problem: problem.ok ? problem.data : null })
  },
  openEditor(editor) {
    set({ editor, confirmingRemoval: null })
  },
  askRemoval(id) {
    set({ confirmingRemoval: id })
  },
  async save(form) {
    const result: IpcResult<ConnectionSummary> = 'id' in form ? await api.connections.update(form) : await api.connections.add(form)
    if (!result.ok) return result
    set({ connections: replaceIn(get().connections, result.data), editor: null, notice: { kind: 'saved', name: result.data.name } })
    return null
  },
  async remove(connection) {
    const result = await api.connections.remove({ id: connection.id })
    if (!result.ok) return set({ confirmingRemoval: null, notice: { kind: 'failed', failure: result } })
    set({
      connections: (get().connections ?? []).filter((c) => c.id !== connection.id),
      confirmingRemoval: null,
      notice: { kind: 'removed', name: connection.name }
    })
  },
  async test(connection) {
    set({ testing: new Set([...get().testing, connection.id]) })
    const result = await api.connections.test({ id: connection.id })
    const testing = new Set(get().testing)
    testing.delete(connection.id)
    if (!result.ok) return set({ testing, notice: { kind: 'failed', failure: result } })
    set({ testing, connections: replaceIn(get().connections, result.data), notice: { kind: 'tested', connection: result.data } })
  }
}))
