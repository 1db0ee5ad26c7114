import { AppError } from '../../shared/errors'

/** Hosts that never leave this computer, where plain http cannot expose a key to the network. */
function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}

const refuse = (code: string, message: string): AppError => new AppError(`connections.${code}`, message, { field: 'baseUrl' })

/**
 * Checks a service address typed by a person and returns it tidied (no
 * trailing slash). Keys travel in request headers, so the address must use
 * https, which encrypts them; plain http is allowed only for this computer
 * (127.0.0.1, localhost), where the practice service and local test
 * gateways live and nothing crosses a network. User names, passwords,
 * queries and fragments have no place in a base address (keys belong in the
 * key fields), so they are refused rather than silently dropped.
 */
export function checkBaseUrl(raw: string): string {
  const text = raw.trim()
  if (text === '') throw refuse('url-missing', 'Enter the service address, for example https://api.example.com.')
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw refuse('url-invalid', 'This is not a web address. It should start with https://, for example https://api.example.com.')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse('url-scheme', 'The address must start with https://.')
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw refuse('url-not-secure', 'The address must start with https:// so keys travel encrypted. Plain http:// is only allowed for this computer (127.0.0.1).')
  }
  if (url.username !== '' || url.password !== '') throw refuse('url-credentials', 'Remove the user name or password from the address; keys go in the key fields.')
  if (url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#')) {
    throw refuse('url-query', 'Remove everything from ? or # onwards; the address ends with its path.')
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}
