import type { OccMode } from '../../shared/app-types'
import { AppError } from '../../shared/errors'
import { KEY_FIELDS, type ConnectionDraft, type KeyField } from '../../shared/ipc/channels/connections'
import type { ServiceId } from '../../shared/targets'
import { NCLUE_DEFAULT_BASE_URL } from '../services/nclue/assumptions'
import { OMNICOMMERCE_DEFAULT_BASE_URL } from '../services/omnicommerce/assumptions'
import { checkBaseUrl } from './base-url'

/** The longest connection name we accept: it has to fit a list row and a CLI flag. */
export const MAX_NAME_LENGTH = 80

const KEY_LABELS: Readonly<Record<KeyField, string>> = { apiKey: 'API key', appKey: 'application key', accessKey: 'access key', secretKey: 'secret key' }

/** Where an empty address field leads: the documented address (OCC has none; every instance differs). */
const DEFAULT_BASE_URLS: Readonly<Record<ServiceId, string | null>> = {
  omnicommerce: OMNICOMMERCE_DEFAULT_BASE_URL,
  occ: null,
  nclue: NCLUE_DEFAULT_BASE_URL
}

/** A connection's settings as typed, checked and tidied; no keys. */
export interface ConnectionSettings {
  readonly service: ServiceId
  readonly name: string
  readonly baseUrl: string
  /** OCC only. */
  readonly occMode: OccMode | null
  /** OCC only: X-CCAsset-Language, or null for none. */
  readonly language: string | null
}

/** The keys a person typed: only the fields that were filled in (an empty field on edit keeps the saved key). */
export type EnteredKeys = Partial<Record<KeyField, string>>

function checkName(raw: string): string {
  const name = raw.normalize('NFC').trim()
  if (name === '') throw new AppError('connections.name-missing', 'Give the connection a name, for example “Shop — production”.', { field: 'name' })
  if ([...name].length > MAX_NAME_LENGTH) {
    throw new AppError('connections.name-too-long', `Keep the name to ${MAX_NAME_LENGTH} characters or fewer.`, { field: 'name', max: MAX_NAME_LENGTH })
  }
  if (/\p{Cc}/u.test(name)) throw new AppError('connections.name-invalid', 'The name contains a line break or another invisible character. Type it again.', { field: 'name' })
  return name
}

function checkLanguage(raw: string): string | null {
  const language = raw.trim()
  if (language === '') return null
  if (!/^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})?$/.test(language)) {
    throw new AppError('connections.language-invalid', 'The language should be a code such as en, ko or zh_CN, or left empty.', { field: 'language' })
  }
  return language
}

function checkKey(field: KeyField, raw: string): string | undefined {
  const key = raw.trim()
  if (key === '') return undefined
  if (/[\s\p{Cc}]/u.test(key)) {
    throw new AppError('connections.key-invalid', `The ${KEY_LABELS[field]} contains spaces or line breaks. Copy it again and paste only the key.`, { field })
  }
  return key
}

/** The refusal for a key that is needed and was neither typed nor saved before. */
export function keyRequired(field: KeyField): AppError {
  return new AppError('connections.key-required', `Enter the ${KEY_LABELS[field]}.`, { field })
}

/**
 * Checks what the connection form sent, field by field, with a plain
 * message (and the field's name, so the screen can point at it) for the
 * first problem. Returns the tidied settings and the keys that were typed.
 */
export function readConnectionForm(form: ConnectionDraft): { settings: ConnectionSettings; entered: EnteredKeys } {
  const name = checkName(form.name)
  const fallback = DEFAULT_BASE_URLS[form.service]
  const baseUrl = checkBaseUrl(form.baseUrl.trim() === '' && fallback !== null ? fallback : form.baseUrl)
  const occ = form.service === 'occ' ? form : null
  const settings: ConnectionSettings = {
    service: form.service,
    name,
    baseUrl,
    occMode: occ?.occMode ?? null,
    language: occ === null ? null : checkLanguage(occ.language)
  }
  const typed = form as Partial<Record<KeyField, string>>
  const entered: EnteredKeys = {}
  for (const field of KEY_FIELDS[form.service]) {
    const key = checkKey(field, typed[field] ?? '')
    if (key !== undefined) entered[field] = key
  }
  return { settings, entered }
}

/** Whether a connection with these settings needs keys: everything but the OCC storefront. */
export function needsKeys(settings: Pick<ConnectionSettings, 'service' | 'occMode'>): boolean {
  return settings.service !== 'occ' || settings.occMode === 'admin'
}
