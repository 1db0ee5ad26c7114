import type { ServiceId } from '../../shared/targets'
import { KEY_FIELDS, type KeyField } from '../../shared/ipc/channels/connections'
import { keyRequired, needsKeys, type ConnectionSettings, type EnteredKeys } from './connection-input'
import type { SecretBundle } from './secret-bundle'

/** What a save does to the keychain: leave it, write these keys, or remove the saved ones. */
export type SecretPlan = { readonly kind: 'keep' } | { readonly kind: 'set'; readonly bundle: SecretBundle } | { readonly kind: 'clear' }

/** A whole bundle from the fields given, or the first field still missing. */
function bundleFrom(service: ServiceId, keys: EnteredKeys): SecretBundle | { missing: KeyField } {
  const missing = KEY_FIELDS[service].find((field) => keys[field] === undefined)
  if (missing !== undefined) return { missing }
  if (service === 'omnicommerce') return { apiKey: keys.apiKey as string }
  if (service === 'occ') return { appKey: keys.appKey as string }
  return { accessKey: keys.accessKey as string, secretKey: keys.secretKey as string }
}

/**
 * Decides what saving a connection does with its keys. Typed keys replace
 * saved ones; empty fields keep them (for NCLUE one typed key is combined
 * with the other saved one, which is read only then). A connection that
 * needs no key (OCC storefront) drops any saved key, so nothing unused
 * lingers in the keychain. A needed key that was neither typed nor saved is
 * refused with the field to fill in.
 */
export async function planSecret(
  settings: ConnectionSettings,
  entered: EnteredKeys,
  hasSaved: boolean,
  readSaved: () => Promise<SecretBundle | null>
): Promise<SecretPlan> {
  if (!needsKeys(settings)) return hasSaved ? { kind: 'clear' } : { kind: 'keep' }
  const typed = bundleFrom(settings.service, entered)
  if (!('missing' in typed)) return { kind: 'set', bundle: typed }
  const nothingTyped = Object.keys(entered).length === 0
  if (nothingTyped && hasSaved) return { kind: 'keep' }
  const saved = hasSaved ? await readSaved() : null
  const merged = bundleFrom(settings.service, { ...(saved ?? {}), ...entered })
  if ('missing' in merged) throw keyRequired(merged.missing)
  return { kind: 'set', bundle: merged }
}
