import { createServer as createNetServer } from 'node:net'
import { resolveConfig } from 'electron-vite'
import { createServer, mergeConfig, type ViteDevServer } from 'vite'

/** A port nobody listens on right now, so the dev server can be strict about it. */
async function freePort(): Promise<number> {
  const probe = createNetServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const address = probe.address()
  await new Promise((resolve) => probe.close(resolve))
  if (typeof address !== 'object' || !address) throw new Error('No free port')
  return address.port
}

/** Runs `fn` with the environment variables electron-vite's dev command sets, restoring them after. */
async function withDevEnvironment<T>(fn: () => Promise<T>): Promise<T> {
  const saved = { NODE_ENV: process.env['NODE_ENV'], NODE_ENV_ELECTRON_VITE: process.env['NODE_ENV_ELECTRON_VITE'] }
  process.env['NODE_ENV_ELECTRON_VITE'] = 'development'
  try {
    return await fn()
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

/** The renderer's dev server, as `npm start` runs it, on a loopback port. */
export interface RendererDevServer {
  readonly server: ViteDevServer
  readonly url: string
}

/**
 * Starts the renderer half of `npm start` without Electron: electron-vite's
 * own resolveConfig (what `electron-vite dev` calls) reads
 * electron.vite.config.ts in serve mode and adds its renderer presets, and
 * the renderer section goes to Vite's createServer just as electron-vite's
 * dev command passes it. Only the host and port differ.
 */
export async function startRendererDevServer(): Promise<RendererDevServer> {
  const port = await freePort()
  const server = await withDevEnvironment(async () => {
    const { config } = await resolveConfig({ configFile: 'electron.vite.config.ts' }, 'serve', 'development')
    if (!config?.renderer) throw new Error('electron.vite.config.ts has no renderer section')
    return createServer(mergeConfig(config.renderer, { server: { host: '127.0.0.1', port, strictPort: true }, clearScreen: false, logLevel: 'warn' }))
  })
  await server.listen()
  return { server, url: `http://127.0.0.1:${port}/` }
}
