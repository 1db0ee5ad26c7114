import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './src/shared/csp'

/**
 * One build for the three Electron targets. p-queue is ESM-only, so the main
 * build bundles it instead of requiring it at run time; the spreadsheet parser
 * worker is a second main entry so it ships as its own file next to index.js.
 */
/**
 * Writes the one CSP into index.html. The dev server needs inline scripts and
 * a websocket for hot reload, so only `npm start` relaxes it.
 */
function contentSecurityPolicy(): Plugin {
  let serving = false
  return {
    name: 'sheetport-csp',
    configResolved(config) {
      serving = config.command === 'serve'
    },
    transformIndexHtml(html) {
      const policy = serving
        ? CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
            "connect-src 'self'",
            "connect-src 'self' ws:"
          )
        : CONTENT_SECURITY_POLICY
      return html.replace('%SHEETPORT_CSP%', policy)
    }
  }
}

export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: ['p-queue'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'sheet-worker': resolve(__dirname, 'src/core/sheets/worker-entry.ts')
        }
      }
    }
  },
  // A sandboxed preload can only require electron itself: bundle zod and
  // everything else into one file.
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: { output: { codeSplitting: false } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') }
    }
  }
})
