import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import type { LanguageSetting, Settings } from '../../shared/app-types'
import type { Language } from '../../shared/text'
import { writeFileAtomic } from '../fs/atomic-write'

const storedSettings = z.object({
  language: z.enum(['ko', 'en', 'system']).catch('system'),
  firstRunDone: z.boolean().catch(false)
})

type StoredSettings = z.infer<typeof storedSettings>

const DEFAULTS: StoredSettings = { language: 'system', firstRunDone: false }

/**
 * The user's non-secret preferences, kept as a small JSON file in the app's
 * data folder. A missing or damaged file falls back to defaults instead of
 * stopping the app; writes are atomic.
 */
export class SettingsStore {
  #cache: StoredSettings | null = null

  constructor(
    private readonly path: string,
    /** The language 'system' stands for; a function where it can change while the app runs (the web build follows the browser's). */
    private readonly systemLanguage: Language | (() => Language)
  ) {}

  /** Current settings, with the OS language resolved alongside. */
  async get(): Promise<Settings> {
    return this.#present(await this.#load())
  }

  /** Applies a change and saves it; returns the new settings. The first-run flag only ever turns on. */
  async update(patch: { language?: LanguageSetting | undefined; firstRunDone?: true | undefined }): Promise<Settings> {
    const next: StoredSettings = {
      ...(await this.#load()),
      ...(patch.language ? { language: patch.language } : {}),
      ...(patch.firstRunDone ? { firstRunDone: true } : {})
    }
    await mkdir(dirname(this.path), { recursive: true })
    await writeFileAtomic(this.path, JSON.stringify(next, null, 2))
    this.#cache = next
    return this.#present(next)
  }

  async #load(): Promise<StoredSettings> {
    if (this.#cache) return this.#cache
    this.#cache = await readFile(this.path, 'utf8')
      .then((text) => storedSettings.parse(JSON.parse(text)))
      .catch(() => DEFAULTS)
    return this.#cache
  }

  #present(stored: StoredSettings): Settings {
    const systemLanguage = typeof this.systemLanguage === 'function' ? this.systemLanguage() : this.systemLanguage
    return { language: stored.language, systemLanguage, firstRunDone: stored.firstRunDone }
  }
}

/** Maps an OS locale such as 'ko-KR' or 'en-US' to an interface language. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en'
}
