import type { App } from 'electron'

/** What quitting needs from the running app. */
export interface QuitDeps {
  runningJobs(): number
  /** Asks whether to stop the running uploads and quit; resolves true to quit. */
  askToStopUploads(): Promise<boolean>
  /** Stops uploads (recorded as stopped, locks released) and everything else the core runs. */
  stopEverything(): Promise<void>
  /** Longest wait for stopEverything before quitting anyway (the journal keeps that safe). */
  readonly timeoutMs?: number
}

/**
 * Quitting — Cmd+Q, the menu, the last window closing, an update's
 * restart — waits for the core to stop: Electron does not await its quit
 * events, so without this, uploads would end as crashed (not stopped) with
 * their locks left behind. The first quit is held back; while uploads run
 * the person is asked first (on macOS Cmd+Q never passes the window's own
 * question); then everything stops and the quit is issued again, so
 * Electron finishes it normally (and an installed update runs).
 */
export function quitGracefully(app: Pick<App, 'on' | 'quit' | 'exit'>, deps: QuitDeps): void {
  let phase: 'running' | 'asking' | 'stopping' | 'stopped' = 'running'
  app.on('before-quit', (event) => {
    if (phase === 'stopped') return
    event.preventDefault()
    if (phase !== 'running') return
    phase = 'asking'
    void (async () => {
      if (deps.runningJobs() > 0 && !(await deps.askToStopUploads())) {
        phase = 'running'
        return
      }
      phase = 'stopping'
      let timer: NodeJS.Timeout | undefined
      const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, deps.timeoutMs ?? 15_000)))
      await Promise.race([deps.stopEverything().catch(() => undefined), deadline])
      clearTimeout(timer)
      phase = 'stopped'
      app.quit()
      // Should anything still hold the quit back, end anyway: everything is stopped.
      setTimeout(() => app.exit(0), 3_000)
    })()
  })
}
