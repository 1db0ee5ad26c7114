import { readFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { expandMacro } from 'app-builder-lib/out/util/macroExpander'
import type { AppInfo } from 'app-builder-lib/out/appInfo'
import type { Configuration, PlatformSpecificBuildOptions } from 'app-builder-lib'
import { DebugLogger } from 'builder-util'
import { beforeAll, describe, expect, it } from 'vitest'

/*
 * The installers can't be built on these machines (the Electron binary can't
 * be downloaded), so the configuration is checked here instead: loaded and
 * validated by electron-builder's own code, and held to what the app needs.
 */

const PROJECT = resolve('.')
const CONFIG_FILE = 'electron-builder.yml'
let config: Configuration

beforeAll(async () => {
  config = await getConfig(PROJECT, CONFIG_FILE, null)
})

/** A target list as plain names, whether written as strings or `{ target }` objects. */
function targetNames(options: PlatformSpecificBuildOptions & { target?: unknown }): string[] {
  const list = Array.isArray(options.target) ? options.target : [options.target]
  return list.map((entry) => (typeof entry === 'string' ? entry : String((entry as { target: string }).target)))
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(path: string): { width: number; height: number } | null {
  const bytes = readFileSync(path)
  const signature = '89504e470d0a1a0a'
  if (bytes.subarray(0, 8).toString('hex') !== signature || bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** electron-builder's own matcher for a file-pattern option, applied to a path relative to the project. */
function matcher(name: 'files' | 'asarUnpack'): (relativePath: string) => boolean {
  const matchers = getFileMatchers(config, name, '/app', {
    macroExpander: (pattern) => pattern,
    customBuildOptions: config.linux ?? {},
    globalOutDir: join(PROJECT, 'dist'),
    defaultSrc: PROJECT
  })
  const filter = matchers?.[0]?.createFilter()
  const fileStat = { isDirectory: () => false, isFile: () => true } as unknown as Parameters<NonNullable<typeof filter>>[1]
  return (relativePath) => filter?.(join(PROJECT, relativePath), fileStat) ?? false
}

/** The keychain module's prebuilt binary for every platform it publishes, as it sits in node_modules. */
function keyringBinaries(): string[] {
  const manifest = JSON.parse(readFileSync('node_modules/@napi-rs/keyring/package.json', 'utf8')) as { optionalDependencies: Record<string, string> }
  return Object.keys(manifest.optionalDependencies).map((name) => `node_modules/${name}/keyring.${name.replace('@napi-rs/keyring-', '')}.node`)
}

describe('electron-builder configuration', () => {
  it('is valid by electron-builder’s own schema and validator', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('would be refused by that validator if it had a mistake (so the check above means something)', async () => {
    const misspelt = { ...config, nsis: { ...config.nsis, oneClik: true } } as Configuration
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/configuration\.nsis/)
  })

  it('names the app', () => {
    expect(config.appId).toBe('app.sheetport.desktop')
    expect(config.productName).toBe('Sheetport')
  })

  it('builds NSIS for Windows, per user, in Korean and English', () => {
    expect(targetNames(config.win ?? {})).toEqual(['nsis'])
    expect(config.nsis).toMatchObject({ perMachine: false, multiLanguageInstaller: true })
    expect(config.nsis?.installerLanguages).toEqual(expect.arrayContaining(['ko_KR', 'en_US']))
  })

  it('builds a dmg for macOS, and the zip its updates are installed from, with a category and the hardened runtime’s entitlements', () => {
    expect(targetNames(config.mac ?? {})).toEqual(['dmg', 'zip'])
    expect(config.mac?.category).toMatch(/^public\.app-category\./)
    expect(config.mac?.hardenedRuntime).toBe(true)
    const entitlements = config.mac?.entitlements ?? ''
    expect(readFileSync(entitlements, 'utf8')).toContain('com.apple.security.cs.allow-jit')
  })

  it('builds an AppImage that starts on current distributions (static runtime, no libfuse2) and a deb', () => {
    expect(targetNames(config.linux ?? {})).toEqual(['AppImage', 'deb'])
    expect((config as { toolsets?: { appimage?: string } }).toolsets?.appimage).toBe('1.0.3')
    // Hangul needs a CJK font, which a bare Linux lacks: the deb recommends one (and keeps electron-builder's default).
    expect(config.deb?.recommends).toEqual(['libappindicator3-1', 'fonts-noto-cjk'])
  })

  it('puts a command-line wrapper next to Sheetport.exe that waits for the app in --cli mode and passes its exit code on', () => {
    const files = (config.win?.extraFiles ?? []) as Array<{ from: string; to: string }>
    expect(files).toEqual([{ from: 'build/cli/sheetport.cmd', to: 'sheetport.cmd' }])
    const script = readFileSync(files[0]?.from ?? '', 'utf8')
    // cmd.exe wants CRLF; `start /b /wait` keeps the output in this console and waits for a GUI program.
    expect(script.split('\r\n').every((line) => !line.includes('\n'))).toBe(true)
    const commands = script.split('\r\n').filter((line) => line !== '' && !line.startsWith('rem '))
    expect(commands).toEqual(['@echo off', 'start "" /b /wait "%~dp0Sheetport.exe" --cli %*', 'exit /b %ERRORLEVEL%'])
    expect(`${config.productName}.exe`).toBe('Sheetport.exe')
    // On Linux the deb links /usr/bin/<executableName>: the README's `sheetport --cli`.
    expect(config.linux?.executableName).toBe('sheetport')
  })

  it('publishes update feeds for a generic server, one folder per platform and architecture, and uploads nothing itself', () => {
    expect(config.publish).toEqual({ provider: 'generic', url: 'https://updates.sheetport.app/${os}/${arch}' })
    const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
    for (const platform of ['win', 'mac', 'linux']) expect(packageJson.scripts[`dist:${platform}`]).toContain('--publish never')
  })

  it('has only macros electron-builder expands in the feed address, to the folder names the updater asks', () => {
    const options = { ...(config.publish as Record<string, string>) }
    const expanded = (os: string, arch: string) => expandMacro(options['url'] ?? '', arch, { productName: 'Sheetport', sanitizedProductName: 'Sheetport', version: '0.2.0' } as unknown as AppInfo, { os })
    expect(expanded('win', 'x64')).toBe('https://updates.sheetport.app/win/x64')
    expect(expanded('mac', 'arm64')).toBe('https://updates.sheetport.app/mac/arm64')
    expect(expanded('linux', 'x64')).toBe('https://updates.sheetport.app/linux/x64')
  })

  it('keeps file: pages unprivileged and re-signs unsigned macOS builds after flipping fuses', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, grantFileProtocolExtraPrivileges: false, resetAdHocDarwinSignature: true })
  })

  it('has an icon for every platform: a 1024×1024 PNG, drawn from an SVG source', () => {
    const icons = [config.win?.icon, config.mac?.icon, config.linux?.icon]
    for (const icon of icons) {
      expect(icon).toBeTruthy()
      expect(pngSize(icon ?? '')).toEqual({ width: 1024, height: 1024 })
    }
    expect(existsSync(join(config.directories?.buildResources ?? 'build', 'icon.svg'))).toBe(true)
  })

  it('ships the electron-vite output, and not the sources or tests', () => {
    expect(JSON.stringify(config.files)).toContain('"out/**/*"')
    const ships = matcher('files')
    for (const path of ['out/main/index.js', 'out/main/sheet-worker.js', 'out/preload/index.js', 'out/renderer/index.html']) expect(ships(path), path).toBe(true)
    for (const path of ['src/main/index.ts', 'test/unit/build/bundles.test.ts', 'electron.vite.config.ts', 'out/main/index.js.map']) expect(ships(path), path).toBe(false)
  })

  it('unpacks the keychain module’s native binary of every platform from the asar, and nothing of the app’s own code', () => {
    const unpacks = matcher('asarUnpack')
    const binaries = keyringBinaries()
    expect(binaries).toContain('node_modules/@napi-rs/keyring-win32-x64-msvc/keyring.win32-x64-msvc.node')
    for (const path of binaries) expect(unpacks(path), path).toBe(true)
    expect(existsSync('node_modules/@napi-rs/keyring-linux-x64-gnu/keyring.linux-x64-gnu.node')).toBe(true) // the naming above is the real one
    for (const path of ['out/main/index.js', 'node_modules/@napi-rs/keyring/index.js', 'node_modules/xlsx/xlsx.js']) expect(unpacks(path), path).toBe(false)
  })

  it('keeps the spreadsheet worker inside the asar, where the main process looks for it and its require("xlsx") resolves', () => {
    expect(readFileSync('src/main/index.ts', 'utf8')).toContain("sheetWorkerScript: join(__dirname, 'sheet-worker.js')")
    expect(config.asar).toBe(true)
    expect(matcher('asarUnpack')('out/main/sheet-worker.js')).toBe(false)
  })
})
