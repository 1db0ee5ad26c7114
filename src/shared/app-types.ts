import type { Language } from './text'
import type { ServiceId } from './targets'

/** Facts about the running app the shell shows (version, where it runs). */
export interface AppInfo {
  readonly name: string
  readonly version: string
  /** 'desktop' inside Electron, 'web' behind the loopback browser bridge. */
  readonly shell: 'desktop' | 'web'
  readonly platform: string
}

/** The interface language setting: a language, or follow the OS. */
export type LanguageSetting = Language | 'system'

/** Settings the user can change; nothing secret is ever in here. */
export interface Settings {
  readonly language: LanguageSetting
  /** The OS's preferred language, resolved by the app, for 'system'. */
  readonly systemLanguage: Language
}

/**
 * A connection as the renderer sees it: never a key, only whether one is
 * stored. Practice connections point at the built-in emulator.
 */
export interface ConnectionSummary {
  readonly id: string
  readonly name: string
  readonly service: ServiceId
  readonly baseUrl: string
  readonly practice: boolean
  readonly hasSecret: boolean
  readonly lastTestedAt: string | null
}
