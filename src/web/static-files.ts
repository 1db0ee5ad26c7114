import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2'
}

/** A file ready to send, or null when there is no such file under the folder. */
export interface StaticFile {
  readonly body: Buffer
  readonly contentType: string
}

/**
 * Reads a built renderer file for the web bridge. Paths are resolved inside
 * `root` only: `..`, encoded separators and absolute paths cannot escape it.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const full = normalize(join(root, relative))
  if (!full.startsWith(normalize(root) + sep) || relative.includes('\0')) return null
  const contentType = CONTENT_TYPES[extname(full)]
  if (!contentType) return null
  try {
    return { body: await readFile(full), contentType }
  } catch {
    return null
  }
}
