import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadLanguage, type Tree } from './languages'

/*
 * Every string of the interface exists in Korean and English, and every code
 * the core can answer with has words in both. TypeScript already forces
 * Korean to have English's shape; this also catches empty strings, mismatched
 * {{placeholders}}, keys the screens ask for that don't exist, and error codes
 * thrown in the core that nobody translated.
 */

/** 'a.b.c' → text, for every string in a language. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') flat.set(path, value)
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text)
  }
  return flat
}

const EN = flatten(await loadLanguage('en'))
const KO = flatten(await loadLanguage('ko'))
const LANGUAGES = { en: EN, ko: KO } as const

/** Names in {{name}} or {{name, format}}, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? '').sort()
}

/** A key i18next can resolve: the key itself or its plural forms. */
function hasKey(flat: ReadonlyMap<string, string>, key: string): boolean {
  return flat.has(key) || flat.has(`${key}_other`)
}

/** True when some key lives under `prefix` (for keys built at run time, e.g. `import.steps.${step}`). */
function hasBranch(flat: ReadonlyMap<string, string>, prefix: string): boolean {
  return [...flat.keys()].some((key) => key.startsWith(prefix))
}

/** Every .ts/.tsx file under a folder. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })
}

function read(path: string): string {
  return readFileSync(path, 'utf8')
}

/** Literal keys the renderer asks for: t('a.b'), t(['a.b', 'c']) and the fixed start of t(`a.${x}`), with where each is used. */
function keysUsedByRenderer(): { key: string; dynamic: boolean; where: string }[] {
  const root = 'src/renderer/src'
  return sourceFiles(root)
    .filter((path) => !path.includes(`${join(root, 'i18n')}/en/`) && !path.includes(`${join(root, 'i18n')}/ko/`))
    .flatMap((path) => {
      const text = read(path)
      const where = relative(root, path)
      const calls = [...text.matchAll(/\bt\(\s*(\[[^\]]*\]|`[^`]*`|'[^']*'|"[^"]*")/g)].map((m) => m[1] ?? '')
      return calls.flatMap((argument) =>
        [...argument.matchAll(/`([^`]*)`|'([^']*)'|"([^"]*)"/g)].map((m) => {
          const literal = m[1] ?? m[2] ?? m[3] ?? ''
          const cut = literal.indexOf('${')
          return { key: cut === -1 ? literal : literal.slice(0, cut), dynamic: cut !== -1, where }
        })
      )
    })
}

/** An error code found in the core's source, with the file it is thrown in. */
interface ThrownCode {
  readonly code: string
  readonly prefix: boolean
  readonly where: string
}

/**
 * Codes thrown in src/core as `new AppError('code', …)`, through a constant of
 * the same file, or built as `new AppError(`area.${…}`)` (then only the fixed
 * start is known: `prefix` is set and some text must live under it).
 */
function appErrorCodes(): ThrownCode[] {
  return sourceFiles('src/core').flatMap((path) => {
    const text = read(path)
    return [...text.matchAll(/new AppError\(\s*(?:'([^']+)'|`([^`$]*)\$\{|([A-Z][A-Z0-9_]*)\b)/g)].flatMap((m): ThrownCode[] => {
      if (m[2] !== undefined) return [{ code: m[2], prefix: true, where: path }]
      const code = m[1] ?? new RegExp(`\\b${m[3]}\\s*=\\s*'([^']+)'`).exec(text)?.[1]
      return code === undefined ? [] : [{ code, prefix: false, where: path }]
    })
  })
}

/** Codes every transport answers with itself (unknown channel, refused sender, bad token…). */
function transportCodes(): string[] {
  const files = ['src/core/app/dispatch.ts', 'src/web/bridge-server.ts', 'src/main/ipc/register-handlers.ts', 'src/renderer/src/api/http-transport.ts']
  return files.flatMap((path) => [...read(path).matchAll(/code: '([^']+)'/g)].map((m) => m[1] ?? ''))
}

/** Every SheetError code, from the reader's own list of messages. */
function sheetErrorCodes(): string[] {
  return [...read('src/core/sheets/errors.ts').matchAll(/^\s*'(sheet\.[a-z-]+)':/gm)].map((m) => m[1] ?? '')
}

describe('interface text in Korean and English', () => {
  it('has the same keys in both languages', () => {
    expect([...KO.keys()].filter((key) => !EN.has(key))).toEqual([])
    expect([...EN.keys()].filter((key) => !KO.has(key))).toEqual([])
    expect(EN.size).toBeGreaterThan(100)
  })

  it('has no empty strings', () => {
    for (const [language, flat] of Object.entries(LANGUAGES)) {
      expect([...flat].filter(([, text]) => text.trim() === '').map(([key]) => `${language}: ${key}`)).toEqual([])
    }
  })

  it('uses the same {{placeholders}} in both languages', () => {
    const mismatched = [...EN]
      .filter(([key, text]) => KO.has(key) && placeholders(text).join() !== placeholders(KO.get(key) ?? '').join())
      .map(([key, text]) => `${key}: en {${placeholders(text).join()}} ko {${placeholders(KO.get(key) ?? '').join()}}`)
    expect(mismatched).toEqual([])
  })

  it('formats counts and limits for the locale (1,204 not 1204)', () => {
    const NUMERIC = new Set(['count', 'limit', 'limitMb'])
    const raw = [...EN, ...KO]
      .flatMap(([key, text]) => [...text.matchAll(/\{\{\s*(\w+)\s*(,\s*(\w+))?[^}]*\}\}/g)].map((m) => ({ key, name: m[1] ?? '', format: m[3] })))
      .filter(({ name, format }) => NUMERIC.has(name) && format !== 'number')
    expect(raw.map(({ key, name }) => `${key}: {{${name}}} needs {{${name}, number}}`)).toEqual([])
  })
})

describe('every key and code the app uses has text', () => {
  it('has every literal t() key the renderer asks for', () => {
    const used = keysUsedByRenderer()
    expect(used.length).toBeGreaterThan(50)
    const missing = used.filter(({ key, dynamic }) => !(dynamic ? hasBranch(EN, key) : hasKey(EN, key))).map(({ key, where }) => `${key} (${where})`)
    expect(missing).toEqual([])
  })

  it('translates every AppError code thrown in src/core under errors.*', () => {
    const codes = appErrorCodes()
    expect(codes.map(({ code }) => code)).toContain('import.session-gone')
    const missing = codes
      .filter(({ code, prefix }) => !(prefix ? hasBranch(EN, `errors.${code}`) : hasKey(EN, `errors.${code}`)))
      .map(({ code, prefix, where }) => `errors.${code}${prefix ? '…' : ''} (${where})`)
    expect([...new Set(missing)]).toEqual([])
  })

  it('translates every SheetError code, which reaches the screen as errors.sheet.*', () => {
    const codes = sheetErrorCodes()
    expect(codes).toContain('sheet.zip-bomb')
    expect(codes.filter((code) => !hasKey(EN, `errors.${code}`))).toEqual([])
  })

  it('translates the codes the transports answer with themselves', () => {
    const codes = transportCodes()
    expect(codes).toContain('unknown-channel')
    expect([...new Set(codes)].filter((code) => !hasKey(EN, `errors.${code}`))).toEqual([])
  })
})
