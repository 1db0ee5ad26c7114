/** A reason split into what went wrong and what to do about it. */
export interface ReasonParts {
  readonly cause: string
  /** The suggested fix, or null when the reason has none of its own. */
  readonly fix: string | null
}

const SEPARATOR = ' — '

/**
 * Splits a plain reason at its dash: every reason Sheetport writes reads
 * "what went wrong — what to do" ("The image URL could not be opened —
 * check that the link works in a browser"). The last dash is taken, since a
 * service's own words quoted in the cause may hold one.
 */
export function reasonParts(text: string): ReasonParts {
  const at = text.lastIndexOf(SEPARATOR)
  if (at <= 0) return { cause: text, fix: null }
  const fix = text.slice(at + SEPARATOR.length).trim()
  return { cause: text.slice(0, at), fix: fix === '' ? null : fix.charAt(0).toUpperCase() + fix.slice(1) }
}
