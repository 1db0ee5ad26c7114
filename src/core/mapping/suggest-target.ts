import type { TargetId } from '../../shared/targets'
import { autoMap } from './auto-map'
import { recogniseFormat } from './platforms'

/** The targets a header row can be suggested for: what new rows become (updates and deletes are the person's choice). */
const SUGGESTABLE: readonly TargetId[] = ['products:create', 'customers:create', 'intents:create']
/** A suggestion needs at least this many matched columns… */
const MIN_FIELDS = 2
/** …and this many more than the next target. */
const MIN_LEAD = 1

/**
 * What the rows most likely become, from the header row (and sample
 * values): a recognised platform format's own target, else the target for
 * which automatic matching finds clearly the most columns. Null when
 * nothing stands out.
 */
export function suggestTarget(headers: readonly string[], samples?: readonly (readonly string[])[]): TargetId | null {
  const recognised = recogniseFormat(headers)
  if (recognised !== null) return recognised.format.target
  const counts = SUGGESTABLE.map((target) => ({
    target,
    fields: autoMap(headers, target, 0, samples === undefined ? {} : { samples }).columns.filter((a) => a.kind === 'field').length
  })).sort((a, b) => b.fields - a.fields)
  const [best, next] = counts
  if (best === undefined || best.fields < MIN_FIELDS || best.fields - (next?.fields ?? 0) < MIN_LEAD) return null
  return best.target
}
