import type { AppUpdater, ProgressInfo, UpdateInfo } from 'electron-updater'
import type { UpdatePort } from '../../core/updates/update-port'
import { statusCell } from './status-cell'
import { identifierOf, updateErrorCode } from './update-error-code'

/** How often an installed app looks for a newer version after the first check. */
export const CHECK_EVERY_MS = 6 * 60 * 60 * 1000

/** What the desktop updater needs from the shell. */
export interface UpdateOptions {
  /** Makes electron-updater's updater; called only in an installed app, so other runs never load it. */
  readonly updater: () => AppUpdater
  readonly isPackaged: boolean
  /** Uploads running now: while any runs, nothing quits or installs. */
  runningJobs(): number
  /** Takes one short line about a failed check or download (a code, never an address or a header). */
  log(line: string): void
  readonly intervalMs?: number
}

/** The updater as the core sees it, plus when to start and stop checking. */
export interface DesktopUpdates extends UpdatePort {
  /** Checks now and then every few hours; once the window is shown. Later calls do nothing. */
  beginChecking(): void
  /** Stops the periodic checks (on quit). */
  stop(): void
}

/** electron-updater logs feed addresses, file paths and response headers: none of that goes anywhere. */
const QUIET_LOGGER = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} }

/**
 * The installed app's updates: checks the feed electron-builder wrote into
 * app-update.yml (publish in electron-builder.yml), downloads a newer
 * version by itself and installs it when the app quits, or at once on
 * "Restart now" — never while an upload runs. Failures are quiet: a short
 * code in the status and one line in the log. Runs from source (npm start)
 * never create an updater.
 */
export function startUpdates(options: UpdateOptions): DesktopUpdates {
  const status = statusCell()
  let updater: AppUpdater | null = null
  let timer: NodeJS.Timeout | undefined
  let begun = false
  let stopped = false

  function fail(error: unknown): void {
    const code = updateErrorCode(error)
    const identifier = identifierOf(error)
    options.log(`[sheetport] update check failed: ${code}${identifier ? ` (${identifier})` : ''}`)
    status.set({ state: 'error', code })
  }

  function create(): AppUpdater | null {
    try {
      const created = options.updater()
      created.logger = QUIET_LOGGER
      created.autoDownload = true
      // On quit the uploads have already been stopped (src/main/app/graceful-quit.ts).
      created.autoInstallOnAppQuit = true
      created.on('checking-for-update', () => status.set({ state: 'checking' }))
      created.on('update-not-available', () => status.set({ state: 'unavailable' }))
      created.on('update-available', (info: UpdateInfo) => status.set({ state: 'downloading', version: info.version, percent: 0 }))
      created.on('download-progress', (progress: ProgressInfo) => {
        const current = status.get()
        if (current.state === 'downloading') status.set({ ...current, percent: Math.min(100, Math.max(0, Math.floor(progress.percent))) })
      })
      created.on('update-downloaded', (info: UpdateInfo) => status.set({ state: 'ready', version: info.version }))
      created.on('error', fail)
      return created
    } catch (error) {
      fail(error)
      return null
    }
  }

  async function check(): Promise<void> {
    if (stopped || updater === null) return
    try {
      const result = await updater.checkForUpdates()
      // A failed download is reported by the 'error' event; its promise must not go unhandled.
      void result?.downloadPromise?.catch(() => undefined)
    } catch {
      // Reported by the 'error' event.
    }
  }

  return {
    status: () => status.get(),
    onChange: (listener) => status.onChange(listener),
    restartToUpdate() {
      if (options.runningJobs() > 0) return 'uploading'
      if (updater === null || status.get().state !== 'ready') return 'not-ready'
      // Silent install, then the app starts again; quitting goes through the graceful quit.
      updater.quitAndInstall(true, true)
      return 'restarting'
    },
    beginChecking() {
      if (begun || stopped || !options.isPackaged) return
      begun = true
      updater = create()
      if (updater === null) return
      void check()
      timer = setInterval(() => void check(), options.intervalMs ?? CHECK_EVERY_MS)
      timer.unref()
    },
    stop() {
      stopped = true
      clearInterval(timer)
    }
  }
}
