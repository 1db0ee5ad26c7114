import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { languageFromLocale, SettingsStore } from '../../../src/core/settings/settings-store'

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'sheetport-settings-'))
}

describe('SettingsStore', () => {
  it('starts from defaults and follows the system language', async () => {
    const store = new SettingsStore(join(await folder(), 'settings.json'), 'ko')
    expect(await store.get()).toEqual({ language: 'system', systemLanguage: 'ko', firstRunDone: false })
  })

  it('saves atomically and reads back in a new instance', async () => {
    const dir = await folder()
    await new SettingsStore(join(dir, 'settings.json'), 'ko').update({ language: 'en' })
    expect(await new SettingsStore(join(dir, 'settings.json'), 'ko').get()).toMatchObject({ language: 'en' })
    expect(await readdir(dir)).toEqual(['settings.json'])
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({ language: 'en', firstRunDone: false })
  })

  it('survives a damaged file by falling back to defaults', async () => {
    const dir = await folder()
    await writeFile(join(dir, 'settings.json'), '{"language": "klingon", oops')
    expect(await new SettingsStore(join(dir, 'settings.json'), 'en').get()).toEqual({ language: 'system', systemLanguage: 'en', firstRunDone: false })
  })

  it('remembers that the first run is over, and keeps the language when it does', async () => {
    const dir = await folder()
    await new SettingsStore(join(dir, 'settings.json'), 'ko').update({ language: 'en' })
    await new SettingsStore(join(dir, 'settings.json'), 'ko').update({ firstRunDone: true })
    const again = new SettingsStore(join(dir, 'settings.json'), 'ko')
    expect(await again.get()).toEqual({ language: 'en', systemLanguage: 'ko', firstRunDone: true })
    expect(await again.update({ language: 'ko' })).toMatchObject({ language: 'ko', firstRunDone: true })
  })

  it('maps OS locales to interface languages', () => {
    expect(languageFromLocale('ko-KR')).toBe('ko')
    expect(languageFromLocale('ko')).toBe('ko')
    expect(languageFromLocale('en-US')).toBe('en')
    expect(languageFromLocale('ja-JP')).toBe('en')
    expect(languageFromLocale(undefined)).toBe('en')
  })
})
