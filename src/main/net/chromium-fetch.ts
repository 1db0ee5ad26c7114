/** The part of Electron's `net` this needs (a fake in tests). */
export interface ElectronNet {
  fetch(input: string, init?: RequestInit & { bypassCustomProtocolHandlers?: boolean }): Promise<Response>
}

/** Chromium's own network errors arrive as `Error('net::ERR_…')`. */
const CHROMIUM_ERROR = /^net::(ERR_[A-Z0-9_]{2,60})$/

/** What Electron's ClientRequest rejects with when a redirect is not followed (redirect: 'manual'). */
const REDIRECT_NOT_FOLLOWED = 'Redirect was cancelled'

/** A failure shaped like undici's (`TypeError('fetch failed')` with a coded cause), which the core already classifies. */
function failure(code: string): TypeError {
  return new TypeError('fetch failed', { cause: { code } })
}

/**
 * Service calls from the desktop app go through Chromium's network stack
 * (Electron's net.fetch) instead of Node's fetch, so they use the system
 * proxy settings (PAC/WPAD included) and the operating system's
 * certificates, as the shop's browser does. This adapts net.fetch to what
 * the core's requestJson expects from `fetch`:
 * - only http(s) — net.fetch would also read file: URLs and the app's own
 *   sheetport: scheme, neither of which a service address may be;
 * - no cookies of the app's session, no custom protocol handlers;
 * - Chromium's errors (`net::ERR_NAME_NOT_RESOLVED`, …) and an unfollowed
 *   redirect become coded failures, so "nothing was sent" stays
 *   distinguishable from "it may have been processed". The original error,
 *   whose text can hold the URL, is dropped.
 */
export function chromiumFetch(net: ElectronNet): typeof fetch {
  const adapted = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const protocol = new URL(url).protocol
    if (protocol !== 'https:' && protocol !== 'http:') throw failure('ERR_DISALLOWED_URL_SCHEME')
    try {
      return await net.fetch(url, { ...init, credentials: 'omit', bypassCustomProtocolHandlers: true })
    } catch (error) {
      if (init.signal?.aborted === true) throw error
      const message = error instanceof Error ? error.message : ''
      if (message === REDIRECT_NOT_FOLLOWED) throw failure('ERR_UNEXPECTED_REDIRECT')
      const chromium = CHROMIUM_ERROR.exec(message)
      throw failure(chromium?.[1] ?? 'ERR_FAILED')
    }
  }
  return adapted as typeof fetch
}
