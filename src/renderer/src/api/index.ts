import { buildApi, type Api } from '../../../shared/ipc/api'
import { httpInvoke, httpSubscribe } from './http-transport'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser build. */
    readonly api?: Api
  }
}

const TOKEN_KEY = 'sheetport.bridge-token'

/**
 * The browser build gets its token in the URL fragment (#token=…), which is
 * never sent to any server. Keep it for reloads of this tab and remove it
 * from the address bar.
 */
function bridgeToken(): string {
  const match = /token=([\w-]+)/.exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

function resolveApi(): Api {
  if (window.api) return window.api
  const token = bridgeToken()
  return buildApi(httpInvoke(token), httpSubscribe(token))
}

/**
 * The renderer's only door to the app (a lint rule keeps everything else
 * away from window.api): Electron's preload bridge on the desktop, the
 * loopback HTTP bridge in the browser, same shape either way.
 */
export const api: Api = resolveApi()
