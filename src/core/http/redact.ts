/**
 * Secret scrubbing for every text that may leave a client: error messages,
 * log lines, server messages echoed back to us.
 */

/** What replaces a secret in scrubbed text. */
export const REDACTED = '[redacted]'

/** Secrets shorter than this are not scrubbed: they would shred ordinary words. */
const MIN_SECRET_LENGTH = 4

/**
 * Returns `text` with every occurrence of every secret replaced by
 * `[redacted]`, including the percent-encoded and base64 spellings a secret
 * takes inside URLs and Authorization headers. Exists so no code path has to
 * remember which fields might carry a key, token or password.
 */
export function redact(text: string, secrets: readonly string[]): string {
  const variants = new Set<string>()
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue
    variants.add(secret)
    variants.add(encodeURIComponent(secret))
    variants.add(Buffer.from(secret, 'utf8').toString('base64'))
    variants.add(JSON.stringify(secret).slice(1, -1))
  }
  // Longest first, so a secret containing another is scrubbed whole.
  const ordered = [...variants].sort((a, b) => b.length - a.length)
  let out = text
  for (const variant of ordered) out = out.split(variant).join(REDACTED)
  return out
}
