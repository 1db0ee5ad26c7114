import type { SheetError } from '../../core/sheets'
import type { Language } from '../../shared/text'
import { en, type CliMessageKey, type CliMessages } from './en'
import { ko, koSheetErrors } from './ko'

export type { CliMessageKey, CliMessages } from './en'

/** Values filled into a text's `{name}` placeholders. */
export type TextParams = Readonly<Record<string, string | number>>

/** Looks a text up in the chosen language and fills in its values. */
export type Translate = (key: CliMessageKey, params?: TextParams) => string

/** The command line's texts per language, for the coverage test and for `translator`. */
export const CLI_MESSAGES: Readonly<Record<Language, CliMessages>> = { en, ko }

/** Fills `{name}` placeholders; a missing value stays visible so it is noticed, not hidden. */
function fill(template: string, params: TextParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole))
}

/** A translate function for one language. */
export function translator(language: Language): Translate {
  const messages = CLI_MESSAGES[language]
  return (key, params = {}) => fill(messages[key], params)
}

/** A refusal of the spreadsheet reader in the user's language: the reader's own English, or its Korean. */
export function sheetErrorText(error: SheetError, language: Language): string {
  return language === 'ko' ? fill(koSheetErrors[error.code], { fileName: '', ...error.params }) : error.message
}

/**
 * The language to talk in: `--ui-lang ko|en` when given (looked for before
 * the other options are read, so even a bad option is reported in it), else
 * the locale (LC_ALL, LC_MESSAGES, LANG: the first one set) starting with
 * "ko" means Korean; English otherwise.
 */
export function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const value = arg === '--ui-lang' ? argv[i + 1] : arg.startsWith('--ui-lang=') ? arg.slice('--ui-lang='.length) : undefined
    if (value === 'ko' || value === 'en') return value
  }
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '') ?? ''
  return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en'
}
