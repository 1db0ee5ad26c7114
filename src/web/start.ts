import { AsyncLocalStorage } from 'node:async_hooks'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { composeCore } from '../core/app/compose-core'
import { MemorySecretStore } from '../core/secrets/memory-secret-store'
import { languageFromLocale } from '../core/settings/settings-store'
import { startWebBridge } from './bridge-server'
import { browserLanguage } from './browser-language'
import type { Language } from '../shared/text'

// `npm run web`: the same renderer and core as the desktop app, in a browser.

async function main(): Promise<void> {
  const dataDir = process.env['SHEETPORT_DATA_DIR'] ?? (await mkdtemp(join(tmpdir(), 'sheetport-web-')))
  // Until a language is chosen in Settings, the interface follows the browser's: that of the call being
  // handled (its Accept-Language), else of the latest call (work in the background), else the machine's.
  let latestLanguage = languageFromLocale(process.env['LANG'] ?? Intl.DateTimeFormat().resolvedOptions().locale)
  const callLanguage = new AsyncLocalStorage<Language>()
  const core = await composeCore({
    dataDir,
    systemLanguage: () => callLanguage.getStore() ?? latestLanguage,
    info: { name: 'Sheetport', version: process.env['npm_package_version'] ?? '0.0.0', shell: 'web', platform: process.platform },
    // Keys typed here live only as long as this process: the dev shell runs on a throwaway data
    // folder, often on machines with no Secret Service, and must not leave entries in (or prompt
    // for) the developer's own keychain. Never a file: nothing is ever stored in plain text.
    secretStore: new MemorySecretStore()
  })
  const bridge = await startWebBridge({
    handlers: core.handlers,
    events: core.events,
    staticDir: resolve('out/renderer'),
    port: Number(process.env['PORT'] ?? 0),
    withBrowserLanguages: (header, handle) => {
      const language = browserLanguage(header)
      if (language === null) return handle()
      latestLanguage = language
      return callLanguage.run(language, handle)
    },
    onUnexpected: (channel, error) => console.error(`[sheetport] ${channel} failed: ${error instanceof Error ? error.message : typeof error}`)
  })
  console.log(`Sheetport is running in your browser at:\n\n  ${bridge.url}\n\nData folder: ${dataDir}\nPress Ctrl+C to stop.`)
  const stop = async () => {
    await bridge.close()
    await core.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((error: unknown) => {
  console.error(`Sheetport could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
