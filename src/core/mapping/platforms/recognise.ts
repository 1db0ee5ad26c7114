import { SERVICE_OF_TARGET, type TargetId } from '../../../shared/targets'
import { normalizeHeaderText } from '../normalize'
import { PLATFORM_FORMATS } from './registry'
import type { PlatformFormat } from './types'

/*
 * Recognising a platform's format from a header row: by how many of its
 * distinctive headers the row has, compared normalised (case, width, spaces,
 * punctuation, line breaks and required marks such as "*" or "(필수)" do not
 * matter), in any order and with columns added or missing.
 */

/** At least this share of a format's distinctive headers must be present… */
const MIN_SHARE = 0.6
/** …and at least this many of them. */
const MIN_HITS = 4

/** A format recognised in a header row, with how sure the match is (0..1). */
export interface RecognisedFormat {
  readonly format: PlatformFormat
  readonly share: number
}

/** The format whose distinctive headers the row has most of, or null when none has enough. */
export function recogniseFormat(headers: readonly string[], formats: readonly PlatformFormat[] = PLATFORM_FORMATS): RecognisedFormat | null {
  const keys = new Set(headers.map(normalizeHeaderText))
  let best: RecognisedFormat | null = null
  for (const format of formats) {
    const hits = format.signature.filter((h) => keys.has(normalizeHeaderText(h))).length
    const share = hits / format.signature.length
    if (hits < MIN_HITS || share < MIN_SHARE) continue
    if (best === null || share > best.share) best = { format, share }
  }
  return best
}

/** The registered format with this id. */
export function findFormat(id: string): PlatformFormat | undefined {
  return PLATFORM_FORMATS.find((f) => f.id === id)
}

/**
 * What a format's preset says for each column when importing as `target`:
 * a field, null (no counterpart: leave it unmatched), or undefined (the
 * preset does not know the column: match it as usual). Nothing applies when
 * the format's rows are not this target's kind.
 */
export function presetFor(format: PlatformFormat, headers: readonly string[], target: TargetId): (string | null | undefined)[] {
  const fits = format.kind === 'products' ? SERVICE_OF_TARGET[target] === 'omnicommerce' : target === 'customers:create'
  const byKey = new Map(Object.entries(format.columns).map(([h, f]) => [normalizeHeaderText(h), f]))
  return headers.map((h) => (fits ? byKey.get(normalizeHeaderText(h)) : undefined))
}
