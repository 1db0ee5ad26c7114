import type { UpdateErrorCode } from '../../shared/updates'

const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN'])
const NO_FEED_CODES = new Set(['ERR_UPDATER_CHANNEL_FILE_NOT_FOUND', 'ERR_UPDATER_INVALID_UPDATE_INFO', 'ERR_UPDATER_LATEST_VERSION_NOT_FOUND'])

/** The error's own `code` when it is a plain identifier (ENOTFOUND, ERR_UPDATER_…), never free text. */
export function identifierOf(error: unknown): string | null {
  const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : null
}

/**
 * Sorts an updater failure into the short code the status carries. Reads the
 * error's code and, for Chromium's network errors (net::ERR_…), the start of
 * its message; nothing of it is passed on.
 */
export function updateErrorCode(error: unknown): UpdateErrorCode {
  const code = identifierOf(error) ?? ''
  const message = error instanceof Error ? error.message : ''
  if (OFFLINE_CODES.has(code) || message.startsWith('net::ERR_')) return 'offline'
  if (NO_FEED_CODES.has(code) || code.startsWith('HTTP_ERROR_')) return 'no-feed'
  return 'failed'
}
