import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY, devServerContentSecurityPolicy } from './src/shared/csp'

/**
 * Writes the CSP into index.html. A build gets the production policy as is;
 * the dev server (`npm start`) gets a fresh nonce per start, which Vite puts
 * on the <style> and <script> elements it injects (html.cspNonce).
 */
function contentSecurityPolicy(): Plugin {
  let policy = CONTENT_SECURITY_POLICY
  return {
    name: 'sheetport-csp',
    config(_config, { command }) {
      if (command !== 'serve') return
      const nonce = randomBytes(18).toString('base64')
      policy = devServerContentSecurityPolicy(nonce)
      return { html: { cspNonce: nonce } }
    },
    transformIndexHtml: (html) => html.replace('%SHEETPORT_CSP%', policy)
  }
}

/**
 * One build for the three Electron targets. p-queue is ESM-only, so the main
 * build bundles it instead of requiring it at run time; the spreadsheet parser
 * worker is a second main entry so it ships as its own file next to index.js.
 */
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
