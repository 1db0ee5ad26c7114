import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'

/**
 * The headless CLI as shipped software: out/cli/main.js plus its own
 * spreadsheet worker, out/cli/sheet-worker.js, which the reader finds next to
 * the bundle (src/core/sheets/worker-script.ts). Only the package's
 * `dependencies` stay outside the bundle, since they are all that remain
 * after `npm prune --omit=dev`; p-queue is ESM-only, so it is bundled, as in
 * the Electron main build. Everything else (src/, zod's helpers, …) is inside.
 */
const root = fileURLToPath(new URL('.', import.meta.url))
const manifest = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> }
const BUNDLED_DEPENDENCIES = new Set(['p-queue'])
const external = Object.keys(manifest.dependencies).filter((name) => !BUNDLED_DEPENDENCIES.has(name))

/** A dependency itself or one of its subpaths (xlsx/dist/cpexcel). */
function isExternal(id: string): boolean {
  if (id.startsWith('node:') || builtinModules.includes(id)) return true
  return external.some((name) => id === name || id.startsWith(`${name}/`))
}

/** The files besides the sources that change what the bundle holds. */
const BUILD_FILES = ['vite.cli.config.mts', 'package.json', 'package-lock.json']

/**
 * Writes build-inputs.json next to the bundle: when the build started and
 * every source file it took in, so scripts/cli-bundle.mjs can tell in a few
 * stats whether the bundle is older than its sources (no list of folders to
 * keep in step with the imports). Also makes main.js executable for `bin`.
 */
function buildInputs(): Plugin {
  const startedAt = Date.now()
  let sources: string[] = []
  let outDir = ''
  return {
    name: 'sheetport-cli-build-inputs',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    generateBundle() {
      sources = [...this.getModuleIds()]
        .filter((id) => id.startsWith(root) && !id.includes(`${sep}node_modules${sep}`))
        .map((id) => relative(root, id).split(sep).join('/'))
        .sort()
    },
    writeBundle() {
      const dir = resolve(root, outDir)
      writeFileSync(join(dir, 'build-inputs.json'), `${JSON.stringify({ startedAt, inputs: [...BUILD_FILES, ...sources] }, null, 1)}\n`)
      chmodSync(join(dir, 'main.js'), 0o755)
    }
  }
}

export default defineConfig({
  root,
  // Nothing from the desktop app's public/ folder belongs to the CLI.
  publicDir: false,
  logLevel: 'warn',
  plugins: [buildInputs()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        main: 'src/cli/main.ts',
        'sheet-worker': 'src/core/sheets/worker-entry.ts'
      },
      external: isExternal,
      output: {
        format: 'cjs',
        // Shared chunks sit next to main.js: the reader looks for sheet-worker.js beside the module that holds it.
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        banner: (chunk) => (chunk.name === 'main' && chunk.isEntry ? '#!/usr/bin/env node' : '')
      }
    }
  }
})
