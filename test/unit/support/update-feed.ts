import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** The bytes every feed serves as its "package"; the feed's sha512 is theirs, so electron-updater's check passes. */
export const UPDATE_PACKAGE = Buffer.from('not really a deb package, but the bytes the feed promises')

/** An electron-builder update feed on 127.0.0.1, as the tests serve it. */
export interface UpdateFeed {
  /** http://127.0.0.1:<port> */
  readonly base: string
  /** Feed name → the version it announces: `/<name>/latest*.yml` and `/<name>/Sheetport-<version>-amd64.deb`; other paths answer 404. */
  readonly versions: Map<string, string>
  /** Every path asked for, in order. */
  readonly requests: string[]
  close(): Promise<void>
}

/** latest*.yml as electron-builder writes it for one deb. */
function channelFile(version: string): string {
  const file = `Sheetport-${version}-amd64.deb`
  const sha512 = createHash('sha512').update(UPDATE_PACKAGE).digest('base64')
  return [`version: ${version}`, 'files:', `  - url: ${file}`, `    sha512: ${sha512}`, `    size: ${UPDATE_PACKAGE.length}`, `path: ${file}`, `sha512: ${sha512}`, "releaseDate: '2025-06-01T00:00:00.000Z'", ''].join('\n')
}

/**
 * Serves update feeds on a random port of 127.0.0.1, so the updater's real
 * code (electron-updater's GenericProvider and download) can be tested
 * without any other network.
 */
export async function startUpdateFeed(): Promise<UpdateFeed> {
  const versions = new Map<string, string>()
  const requests: string[] = []
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    requests.push(path)
    const [, feed = '', file = ''] = path.split('/')
    const version = versions.get(feed)
    if (version !== undefined && /^latest.*\.yml$/.test(file)) {
      res.writeHead(200, { 'content-type': 'text/yaml' }).end(channelFile(version))
    } else if (version !== undefined && file === `Sheetport-${version}-amd64.deb`) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': UPDATE_PACKAGE.length }).end(UPDATE_PACKAGE)
    } else {
      res.writeHead(404).end('not here')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    versions,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

/** What electron-builder writes into an installed deb's resources folder: the feed to ask, and the package type. */
export function appUpdateFiles(feedUrl: string): Record<string, string> {
  return {
    'app-update.yml': `provider: generic\nurl: ${feedUrl}\nupdaterCacheDirName: sheetport-updater\n`,
    'package-type': 'deb'
  }
}
