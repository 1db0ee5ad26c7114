import { z } from 'zod'
import type { ServiceId } from '../../shared/targets'

/**
 * A connection's keys, kept together as ONE keychain entry so a connection
 * is saved or removed in one step: the OMNICOMMERCE API key, the OCC
 * application key, or the NCLUE (NCP) access and secret keys.
 */
export type SecretBundle =
  | { readonly apiKey: string }
  | { readonly appKey: string }
  | { readonly accessKey: string; readonly secretKey: string }

const key = z.string().min(1)
const bundleSchemas = {
  omnicommerce: z.strictObject({ apiKey: key }),
  occ: z.strictObject({ appKey: key }),
  nclue: z.strictObject({ accessKey: key, secretKey: key })
} as const

/** The keychain account of a connection's keys. */
export function secretAccount(connectionId: string): string {
  return `connection:${connectionId}`
}

/** The text stored in the keychain for a bundle. */
export function encodeBundle(bundle: SecretBundle): string {
  return JSON.stringify(bundle)
}

/** Reads a keychain entry back; null when it is missing or not a bundle for this service. */
export function decodeBundle(service: ServiceId, text: string | null): SecretBundle | null {
  if (text === null) return null
  try {
    const parsed = bundleSchemas[service].safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
