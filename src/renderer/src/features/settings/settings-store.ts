import { create } from 'zustand'
import { effectiveLanguage, type AppInfo, type LanguageSetting, type Settings } from '../../../../shared/app-types'
import { api } from '../../api'
import { applyLanguage } from '../../i18n'

interface SettingsState {
  readonly info: AppInfo | null
  readonly settings: Settings | null
  readonly error: string | null
  load(): Promise<void>
  setLanguage(language: LanguageSetting): Promise<void>
  /** Takes settings pushed by the app (e.g. changed in another window). */
  receive(settings: Settings): void
}


/** App facts and user settings; applying a language switches i18next too. */
export const useSettings = create<SettingsState>((set, get) => ({
  info: null,
  settings: null,
  error: null,
  async load() {
    const [info, settings] = await Promise.all([api.app.info(), api.settings.get()])
    if (info.ok) set({ info: info.data })
    if (settings.ok) get().receive(settings.data)
    else set({ error: settings.code })
  },
  async setLanguage(language) {
    // Show the choice at once; the saved settings confirm it (or put it back).
    const before = get().settings
    if (before) get().receive({ ...before, language })
    const result = await api.settings.update({ language })
    if (result.ok) get().receive(result.data)
    else {
      if (before) get().receive(before)
      set({ error: result.code })
    }
  },
  receive(settings) {
    applyLanguage(effectiveLanguage(settings))
    set({ settings, error: null })
  }
}))
