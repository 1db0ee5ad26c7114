import type { UpdateStatus } from '../../shared/updates'
import type { AppLog } from '../log'

/**
 * The updater's state changes in the support log (checking, downloading a
 * version, ready, unavailable, an error by its short code) — once per
 * change, not once per download percent.
 */
export function updateStatusLogger(log: AppLog): (status: UpdateStatus) => void {
  let last = ''
  return (status) => {
    const version = 'version' in status ? status.version : undefined
    const code = status.state === 'error' ? status.code : undefined
    const key = `${status.state}:${version ?? ''}:${code ?? ''}`
    if (key === last) return
    last = key
    log.write({ event: 'update.status', state: status.state, ...(version !== undefined ? { version } : {}), ...(code !== undefined ? { code } : {}) })
  }
}
