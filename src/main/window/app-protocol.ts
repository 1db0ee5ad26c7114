import { readFile } from 'node:fs/promises'
import { extname, posix, win32 } from 'node:path'
import { CONTENT_SECURITY_POLICY, CSP_HEADER_ONLY } from '../../shared/csp'

/** The renderer's own scheme: the page is `sheetport://app/index.html` wherever Sheetport is installed. */
export const APP_SCHEME = 'sheetport'
/** The page's origin, which the IPC sender check compares. */
export const APP_ORIGIN = `${APP_SCHEME}://app`
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The scheme's privileges, registered before the app is ready: a standard,
 * secure origin (so module scripts, fetch and the CSP's 'self' work as on
 * https), nothing more — no service workers, no CORS, no bypassing the CSP.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
}

/**
 * The built file a `sheetport://app/…` URL names, or null for anything else:
 * another host, an encoded path separator or NUL, or a path that would leave
 * the renderer folder. The folder may sit anywhere — a Korean user name,
 * spaces, `~`, `[`, `]`, `%`, a Windows drive — because only the URL's path
 * is interpreted, never the folder's.
 */
export function appFileFor(rendererDir: string, requestUrl: string, platform: NodeJS.Platform = process.platform): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (`${url.protocol}//${url.host}` !== APP_ORIGIN) return null
  let relative: string
  try {
    relative = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (relative.includes('\0') || relative.includes('\\')) return null
  const clean = posix.normalize(relative === '/' ? '/index.html' : relative)
  if (clean.split('/').includes('..')) return null
  const path = platform === 'win32' ? win32 : posix
  const root = path.resolve(rendererDir)
  const file = path.join(root, ...clean.split('/').filter(Boolean))
  return file.startsWith(root + path.sep) ? file : null
}

/** The part of Electron's protocol module this needs. */
export interface ProtocolHandling {
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void
}

/**
 * Serves the built renderer under `sheetport://app/` (Electron's security
 * checklist, item 18): the page gets a real origin of its own instead of
 * file:, every response carries the CSP as a header too, and the file
 * protocol's extra privileges can stay switched off.
 */
export function serveRenderer(protocol: ProtocolHandling, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(rendererDir, request.url)
    const bytes = file === null ? null : await readFile(file).catch(() => null)
    if (file === null || bytes === null) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': `${CONTENT_SECURITY_POLICY}; ${CSP_HEADER_ONLY}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache'
      }
    })
  })
}
