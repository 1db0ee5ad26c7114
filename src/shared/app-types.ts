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
  /** True once any spreadsheet (or practice sample) was opened: the first-run welcome then shrinks. */
  readonly firstRunDone: boolean
}

/** OCC: create through the anonymous storefront API, or the admin API with an application key. */
export type OccMode = 'storefront' | 'admin'

/**
 * What "Test connection" found, in the words the screen explains:
 * worked; the key was refused; the computer's clock is off (NCLUE's
 * signature); the host could not be reached; the address answers but is not
 * that service; no key is saved; or something else (see the detail).
 */
export type ConnectionTestOutcome = 'worked' | 'wrong-key' | 'clock-skew' | 'unreachable' | 'not-the-service' | 'no-key' | 'other'

/** What the last "Test connection" found. `detail` is the service's own words (English), never a key. */
export interface ConnectionTestResult {
  readonly outcome: ConnectionTestOutcome
  readonly detail?: string
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
  /** What the last test (at lastTestedAt) found, when there was one. */
  readonly lastTest?: ConnectionTestResult
  /** OCC only: which API creates the profiles. */
  readonly occMode?: OccMode
  /** OCC only: sent as X-CCAsset-Language; absent when none is set. */
  readonly language?: string
}

/**
 * Something wrong with the saved connections file, for the screen to explain:
 * the whole file could not be read (it was set aside under `backupName`, or
 * left alone when that failed: null), or some entries could not be read
 * (they stay in the file untouched).
 */
export type ConnectionsFileProblem =
  | { readonly kind: 'damaged-file'; readonly backupName: string | null }
  | { readonly kind: 'unreadable-entries'; readonly count: number }

/** The language actually shown for these settings ('system' resolved to the OS language). */
export function effectiveLanguage(settings: Settings): Language {
  return settings.language === 'system' ? settings.systemLanguage : settings.language
}
