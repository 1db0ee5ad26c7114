import { randomUUID } from 'node:crypto'
import type { ConnectionsFileProblem, ConnectionSummary, ConnectionTestResult } from '../../shared/app-types'
import { AppError } from '../../shared/errors'
import type { ConnectionChange, ConnectionDraft } from '../../shared/ipc/channels/connections'
import { SERVICES } from '../../shared/targets'
import type { SecretStore } from '../secrets/secret-store'
import type { TargetConnection } from '../targets/connection'
import { readConnectionForm, type ConnectionSettings } from './connection-input'
import { nameKey, summaryOf, type StoredConnection } from './connection-records'
import { assertWritable, loadConnectionsFile, saveConnectionsFile, type ConnectionsFileState } from './connections-file'
import { GuardedSecrets, type UndoSecret } from './guarded-secrets'
import { practiceServiceOf, practiceSummary, practiceTarget, type PracticeEndpoints } from './practice-connections'
import { decodeBundle, encodeBundle, secretAccount, type SecretBundle } from './secret-bundle'
import { planSecret } from './secret-plan'
import { probeConnection, type ProbeOptions } from './test-connection'

/** What a ConnectionStore is built from. */
export interface ConnectionStoreOptions {
  /** The non-secret settings file, `<dataDir>/connections.json`. */
  readonly file: string
  /** Where keys go: the OS keychain in the app, memory in tests and the web dev shell. */
  readonly secrets: SecretStore
  /** The running practice emulator behind the practice connections. */
  readonly practice: PracticeEndpoints
  readonly now?: () => Date
  /** For tests of "Test connection": NCLUE's signing clock and the time limit. */
  readonly probe?: ProbeOptions
  /** How every call to a service is made (the desktop app passes Chromium's net.fetch, for the system proxy); default Node's fetch. */
  readonly fetch?: typeof fetch
}

/**
 * The part of the store the screen's handlers may use: every answer is a
 * summary or a file problem, never a key. Handlers are typed against this,
 * so they cannot reach resolveConnection.
 */
export interface ConnectionCatalog {
  /** The practice connections, then the user's own. */
  list(): Promise<ConnectionSummary[]>
  /** What is wrong with connections.json, if anything. */
  problems(): Promise<ConnectionsFileProblem | null>
  /** Checks and saves a new connection; its keys go to the keychain. */
  add(draft: ConnectionDraft): Promise<ConnectionSummary>
  /** Saves a change; empty key fields keep the saved keys. */
  update(change: ConnectionChange): Promise<ConnectionSummary>
  /** Deletes a connection and its keychain entry. */
  remove(id: string): Promise<{ readonly id: string }>
  /** Runs "Test connection" and records what it found. */
  test(id: string): Promise<ConnectionSummary>
}

/** A connection with its keys, as only the main process (upload engine, CLI) may see it. */
export interface ResolvedConnection {
  readonly summary: ConnectionSummary
  readonly connection: TargetConnection
}

const notFound = (): AppError => new AppError('connections.not-found', 'This connection no longer exists. It may have been removed in another window.')
const readOnly = (): AppError => new AppError('connections.practice-read-only', 'Practice connections are built in and can’t be changed or removed.')
const saveFailed = (): AppError => new AppError('connections.save-failed', 'Sheetport could not save the connections file in its data folder, so nothing changed. Check that the disk is not full and try again.')

/**
 * Every connection: the built-in practice ones plus the user's own. Settings
 * live in connections.json (written atomically), keys in the SecretStore as
 * one entry per connection, never in the file and never in any answer of
 * the catalog. A change is all or nothing: keys are written first, then the
 * file, and a failed file write puts the previous keys back; an unusable
 * keychain refuses the change before anything is written.
 */
export class ConnectionStore implements ConnectionCatalog {
  readonly #secrets: GuardedSecrets
  readonly #now: () => Date
  #state: Promise<ConnectionsFileState> | null = null
  #queue: Promise<unknown> = Promise.resolve()
  readonly #practiceTests = new Map<string, Pick<ConnectionSummary, 'lastTestedAt' | 'lastTest'>>()

  constructor(private readonly options: ConnectionStoreOptions) {
    this.#secrets = new GuardedSecrets(options.secrets)
    this.#now = options.now ?? (() => new Date())
  }

  async list(): Promise<ConnectionSummary[]> {
    const { records } = await this.#load()
    return [...SERVICES.map((service) => this.#practice(service)), ...records.map(summaryOf)]
  }

  async problems(): Promise<ConnectionsFileProblem | null> {
    return (await this.#load()).problem
  }

  add(draft: ConnectionDraft): Promise<ConnectionSummary> {
    return this.#exclusive(async (state) => {
      assertWritable(state)
      const { settings, entered } = readConnectionForm(draft)
      this.#assertNameFree(state, settings.name, null)
      const id = randomUUID()
      const plan = await planSecret(settings, entered, false, async () => null)
      const record = this.#record(settings, { id, hasSecret: plan.kind === 'set', createdAt: this.#now().toISOString(), lastTestedAt: null, lastTest: null })
      const undo = plan.kind === 'set' ? await this.#secrets.replace(secretAccount(id), encodeBundle(plan.bundle)) : null
      await this.#commit({ ...state, records: [...state.records, record] }, undo)
      return summaryOf(record)
    })
  }

  update(change: ConnectionChange): Promise<ConnectionSummary> {
    return this.#exclusive(async (state) => {
      const current = this.#editable(state, change.id)
      if (current.service !== change.service) throw new AppError('invalid-request', 'A connection’s service can’t be changed; add a new connection instead.')
      const { settings, entered } = readConnectionForm(change)
      this.#assertNameFree(state, settings.name, current.id)
      const account = secretAccount(current.id)
      const plan = await planSecret(settings, entered, current.hasSecret, () => this.#savedBundle(current))
      const undo = plan.kind === 'keep' ? null : await this.#secrets.replace(account, plan.kind === 'set' ? encodeBundle(plan.bundle) : null)
      const reached = this.#reachChanged(current, settings, plan.kind !== 'keep')
      const record = this.#record(settings, {
        id: current.id, hasSecret: plan.kind === 'keep' ? current.hasSecret : plan.kind === 'set', createdAt: current.createdAt,
        lastTestedAt: reached ? null : current.lastTestedAt, lastTest: reached ? null : current.lastTest
      })
      await this.#commit({ ...state, records: state.records.map((r) => (r.id === current.id ? record : r)) }, undo)
      return summaryOf(record)
    })
  }

  remove(id: string): Promise<{ readonly id: string }> {
    return this.#exclusive(async (state) => {
      const current = this.#editable(state, id)
      const undo = current.hasSecret ? await this.#secrets.replace(secretAccount(id), null) : null
      await this.#commit({ ...state, records: state.records.filter((r) => r.id !== id) }, undo)
      return { id }
    })
  }

  async test(id: string): Promise<ConnectionSummary> {
    const service = practiceServiceOf(id)
    if (service !== null) {
      const result = await probeConnection(service, this.#reach(practiceTarget(service, this.options.practice)), this.options.probe)
      this.#practiceTests.set(id, { lastTestedAt: this.#now().toISOString(), lastTest: result })
      return this.#practice(service)
    }
    const record = this.#find(await this.#load(), id)
    const connection = await this.#targetOf(record)
    const result: ConnectionTestResult = connection === null ? { outcome: 'no-key' } : await probeConnection(record.service, connection, this.options.probe)
    return this.#exclusive(async (state) => {
      const fresh = this.#find(state, id)
      const tested: StoredConnection = { ...fresh, lastTestedAt: this.#now().toISOString(), lastTest: result }
      await this.#commit({ ...state, records: state.records.map((r) => (r.id === id ? tested : r)) }, null)
      return summaryOf(tested)
    })
  }

  /**
   * A connection with its keys, for the upload engine and the CLI (main
   * process only; never exposed to the screen). Practice connections resolve
   * to the emulator with its fake keys.
   */
  async resolveConnection(id: string): Promise<ResolvedConnection> {
    const service = practiceServiceOf(id)
    if (service !== null) return { summary: this.#practice(service), connection: this.#reach(practiceTarget(service, this.options.practice)) }
    const record = this.#find(await this.#load(), id)
    const connection = await this.#targetOf(record)
    if (connection === null) {
      throw new AppError('connections.key-missing', `No key is saved for “${record.name}”. Open Connections, edit it and enter the key again.`, { name: record.name })
    }
    return { summary: summaryOf(record), connection }
  }

  /** The connection with this name (trimmed, any case), for the CLI's --connection; null when there is none. */
  async findConnectionByName(name: string): Promise<ConnectionSummary | null> {
    const wanted = nameKey(name)
    return (await this.list()).find((c) => nameKey(c.name) === wanted) ?? null
  }

  #practice(service: (typeof SERVICES)[number]): ConnectionSummary {
    const summary = practiceSummary(service, this.options.practice.baseUrls)
    return { ...summary, ...this.#practiceTests.get(summary.id) }
  }

  /** The engine's view of a stored connection, or null when it needs keys and none are saved. */
  async #targetOf(record: StoredConnection): Promise<TargetConnection | null> {
    const occ = record.service === 'occ' ? record : null
    const base = { baseUrl: record.baseUrl, ...(occ ? { occMode: occ.occMode, ...(occ.language === null ? {} : { language: occ.language }) } : {}) }
    if (occ?.occMode === 'storefront') return this.#reach({ ...base, credentials: null })
    const bundle = record.hasSecret ? await this.#savedBundle(record) : null
    return bundle === null ? null : this.#reach({ ...base, credentials: bundle })
  }

  /** A connection that makes its calls the shell's way (see the fetch option). */
  #reach(connection: TargetConnection): TargetConnection {
    return this.options.fetch === undefined ? connection : { ...connection, fetch: this.options.fetch }
  }

  #savedBundle(record: StoredConnection): Promise<SecretBundle | null> {
    return this.#secrets.read(secretAccount(record.id)).then((text) => decodeBundle(record.service, text))
  }

  #record(settings: ConnectionSettings, rest: Pick<StoredConnection, 'id' | 'hasSecret' | 'createdAt' | 'lastTestedAt' | 'lastTest'>): StoredConnection {
    const base = { ...rest, name: settings.name, baseUrl: settings.baseUrl }
    if (settings.service === 'occ') return { ...base, service: 'occ', occMode: settings.occMode ?? 'storefront', language: settings.language }
    return { ...base, service: settings.service }
  }

  /** Whether a change alters how the service is reached, so the last test no longer says anything. */
  #reachChanged(current: StoredConnection, next: ConnectionSettings, keysChanged: boolean): boolean {
    const occ = current.service === 'occ' ? current : null
    return keysChanged || current.baseUrl !== next.baseUrl || (occ !== null && (occ.occMode !== next.occMode || occ.language !== next.language))
  }

  #assertNameFree(state: ConnectionsFileState, name: string, ownId: string | null): void {
    const key = nameKey(name)
    const practiceNames = SERVICES.map((service) => this.#practice(service).name)
    const taken = practiceNames.some((n) => nameKey(n) === key) || state.records.some((r) => r.id !== ownId && nameKey(r.name) === key)
    if (taken) throw new AppError('connections.name-taken', `There is already a connection called “${name}”. Choose another name.`, { field: 'name', name })
  }

  #find(state: ConnectionsFileState, id: string): StoredConnection {
    const record = state.records.find((r) => r.id === id)
    if (record === undefined) throw notFound()
    return record
  }

  #editable(state: ConnectionsFileState, id: string): StoredConnection {
    if (practiceServiceOf(id) !== null) throw readOnly()
    assertWritable(state)
    return this.#find(state, id)
  }

  /** Saves the new list; when that fails, puts the keychain back as it was and reports it. */
  async #commit(next: ConnectionsFileState, undo: UndoSecret | null): Promise<void> {
    try {
      await saveConnectionsFile(this.options.file, next)
    } catch (error) {
      await undo?.()
      throw error instanceof AppError ? error : saveFailed()
    }
    this.#state = Promise.resolve(next)
  }

  #load(): Promise<ConnectionsFileState> {
    this.#state ??= loadConnectionsFile(this.options.file, this.#now())
    return this.#state
  }

  /** Runs changes one at a time, each on the latest state, so two quick saves can't lose one another. */
  #exclusive<T>(change: (state: ConnectionsFileState) => Promise<T>): Promise<T> {
    const run = this.#queue.then(async () => change(await this.#load()))
    this.#queue = run.catch(() => undefined)
    return run
  }
}
