import { growHeapSlowly } from '../memory/heap-growth'
import { updateStatusLogger } from '../updates/log-update-status'
import { join } from 'node:path'
import { JOBS_FOLDER, LOGS_FOLDER } from './data-folders'
import { effectiveLanguage, type AppInfo } from '../../shared/app-types'
import type { Language } from '../../shared/text'
import { ConnectionStore } from '../connections/connection-store'
import { ImportSessions } from '../import/import-sessions'
import { JobService } from '../jobs'
import { jsonFile } from '../fs/json-file'
import { openAppLog, type AppLog } from '../log'
import { createSavedMappingStore } from '../mapping'
import { startPracticeServer } from '../practice/server'
import type { PracticeOptions } from '../practice/types'
import type { SecretStore } from '../secrets/secret-store'
import { createSheetReader, type SpawnParserProcess } from '../sheets'
import { SettingsStore } from '../settings/settings-store'
import { NO_UPDATES } from '../updates/no-updates'
import type { UpdatePort } from '../updates/update-port'
import { createHandlers } from './create-handlers'
import { EventBus } from './event-bus'
import { finishFirstRun } from './first-run'
import type { Handlers } from './handlers/types'

export { JOBS_FOLDER } from './data-folders'

/** What a shell (Electron or the web bridge) tells the core about where it runs. */
export interface CoreOptions {
  readonly dataDir: string
  /** The OS language (desktop), or a function reading the browser's latest one (web build). */
  readonly systemLanguage: Language | (() => Language)
  readonly info: AppInfo
  /** The bundled spreadsheet worker (Electron passes out/main/sheet-worker.js); source runs default to the .ts entry. */
  readonly sheetWorkerScript?: string
  /** Where connection keys go: the OS keychain in the desktop app; memory in tests and the web dev shell. */
  readonly secretStore: SecretStore
  /** How service calls are made: Chromium's net.fetch in the desktop app (system proxy, OS certificates); Node's fetch otherwise. */
  readonly fetch?: typeof fetch
  /** Where job journals and row snapshots live; default `<dataDir>/jobs` (the desktop app keeps them out of a roaming profile on Windows). */
  readonly jobsDir?: string
  /** Parse spreadsheets in processes started this way (Electron's utilityProcess); default worker threads. */
  readonly spawnParser?: SpawnParserProcess
  /** Where the support log goes; default `<dataDir>/logs`. */
  readonly logsDir?: string
  /** Shows a folder in Explorer or Finder (the desktop app's shell.openPath); without it Settings only shows the log's path. */
  readonly openFolder?: (folder: string) => Promise<void>
  /** The app's own updater (the desktop app when installed); none means always idle and no restart. */
  readonly updates?: UpdatePort
  /** How the built-in practice services behave (tests slow their processing down to watch it); default as shipped. */
  readonly practice?: PracticeOptions
}

/** The running core: handlers for a transport, events to forward, and a way to stop. */
export interface Core {
  readonly handlers: Handlers
  readonly events: EventBus
  /** Uploads, for the shell's desktop behaviour (stay awake, ask before closing, notify at the end). */
  readonly jobs: Pick<JobService, 'runningCount'>
  /** The support log, for the shell's own events (unexpected errors, quitting, updates). */
  readonly log: AppLog
  /** The interface language now (the setting, or the OS's when it follows the system). */
  language(): Promise<Language>
  /** Stops every running upload; resolves once each is recorded as stopped and its lock released ("Stop and close"). */
  stopUploads(): Promise<void>
  close(): Promise<void>
}

/**
 * The composition root shared by both shells, so the desktop app and the
 * browser build are the same program behind different transports.
 */
export async function composeCore(options: CoreOptions): Promise<Core> {
  growHeapSlowly()
  const events = new EventBus()
  const log = openAppLog({ folder: options.logsDir ?? join(options.dataDir, LOGS_FOLDER), shell: options.info.shell })
  log.write({ event: 'app.start', version: options.info.version, platform: options.info.platform, arch: process.arch })
  const settings = new SettingsStore(join(options.dataDir, 'settings.json'), options.systemLanguage)
  // The practice emulator runs inside the app, so practice connections work offline.
  const practice = await startPracticeServer(options.practice)
  const connections = new ConnectionStore({ file: join(options.dataDir, 'connections.json'), secrets: options.secretStore, practice, ...(options.fetch ? { fetch: options.fetch } : {}) })
  const reader = createSheetReader({
    ...(options.sheetWorkerScript ? { workerScript: options.sheetWorkerScript } : {}),
    ...(options.spawnParser ? { spawnProcess: options.spawnParser } : {})
  })
  const savedMappings = createSavedMappingStore(jsonFile(join(options.dataDir, 'saved-mappings.json')))
  const imports = new ImportSessions(reader, savedMappings, () => finishFirstRun(settings, events))
  const jobs = new JobService({
    stateDir: options.jobsDir ?? join(options.dataDir, JOBS_FOLDER),
    resolveConnection: async (id) => {
      const { summary, connection } = await connections.resolveConnection(id)
      return { name: summary.name, connection }
    },
    onProgress: (view) => events.emit('jobs:progress', view),
    log
  })
  const language = async () => effectiveLanguage(await settings.get())
  const updates = options.updates ?? NO_UPDATES
  const logUpdate = updateStatusLogger(log)
  const stopForwardingUpdates = updates.onChange((status) => {
    events.emit('updates:changed', status)
    logUpdate(status)
  })
  const handlers = createHandlers({
    info: options.info,
    settings,
    events,
    connections,
    imports,
    jobs: { jobs, imports, language },
    log,
    ...(options.openFolder !== undefined ? { openFolder: options.openFolder } : {}),
    updates: { updates, runningJobs: () => jobs.runningCount() }
  })
  return {
    handlers,
    events,
    jobs,
    log,
    language,
    stopUploads: () => jobs.close(),
    close: async () => {
      stopForwardingUpdates()
      await jobs.close()
      await reader.close()
      await practice.close()
    }
  }
}
