import type { WebContents } from 'electron'

/** Shown when the renderer died: whether the window was reopened or the app gives up. */
export type TellRendererGone = (reopened: boolean) => void

/** More crashes than this within the window below means reloading will not help. */
const MAX_CRASHES = 3
const CRASH_WINDOW_MS = 60_000

/**
 * The window's page can die (out of memory on a huge file, a GPU fault):
 * without this the window stays blank for good. It is reloaded and the
 * person told why; uploads run in the main process and go on. A page that
 * keeps dying is not reloaded for ever: `giveUp` ends the app instead.
 */
export function recoverRenderer(contents: WebContents, reload: () => void, tell: TellRendererGone, giveUp: () => void, now: () => number = Date.now): void {
  const crashes: number[] = []
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return
    const at = now()
    crashes.push(at)
    while (crashes.length > 0 && (crashes[0] ?? at) < at - CRASH_WINDOW_MS) crashes.shift()
    if (crashes.length > MAX_CRASHES) {
      tell(false)
      giveUp()
      return
    }
    reload()
    tell(true)
  })
}
