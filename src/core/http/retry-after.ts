/**
 * Reads a Retry-After header (RFC 9110 §10.2.3): either a number of seconds
 * or an HTTP-date. Returns the wait in ms (never negative), or undefined when
 * the header is missing or unreadable, so the engine can fall back to its own
 * backoff instead of trusting garbage.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined
  const text = value.trim()
  if (text === '') return undefined
  if (/^\d+$/.test(text)) return Number(text) * 1000
  // Only accept things that look like an HTTP-date (contain a letter and a digit),
  // so Date.parse's lenient guessing does not turn '1.5' or '-3' into a date.
  if (!/[A-Za-z]/.test(text) || !/\d/.test(text)) return undefined
  const at = Date.parse(text)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - nowMs)
}
