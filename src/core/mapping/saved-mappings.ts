import { z } from 'zod'
import { allowedValuesOf, findField } from '../../shared/catalog'
import type { ColumnAssignment, ColumnMapping, MappingConstant, ValueMap } from '../../shared/mapping'
import { extraKeyProblem, isReportColumn } from '../../shared/mapping'
import type { TargetId } from '../../shared/targets'
import { columnMappingSchema } from '../../shared/mapping-schema'
import { hashHeaders, signatureColumns, signatureHeaders } from './signature'

/*
 * Remembers the mapping a user confirmed for a header layout, per target, so
 * dropping a file with the same headers again (or the app's failure report
 * for it) maps itself. Storage is injected; what comes back from it is
 * untrusted and checked entry by entry: invalid entries are dropped, and
 * assignments naming fields the catalog no longer has are ignored.
 */

/** Where saved mappings live (the lead's JSON file, or memory in tests). */
export interface MappingPersistence {
  load(): Promise<unknown>
  save(data: unknown): Promise<void>
}

/** Saved mappings, looked up by the header signature of a dropped sheet. */
export interface SavedMappingStore {
  /** The saved mapping for these headers, re-based onto them (report columns ignored), or null. */
  findSavedMapping(headers: readonly string[], target: TargetId, headerIndex?: number): Promise<ColumnMapping | null>
  /** Remembers a mapping for its headers and target, replacing an earlier one. */
  saveMapping(mapping: ColumnMapping): Promise<void>
  /** Forgets the mapping saved for these headers and target, if any. */
  forgetMapping(headers: readonly string[], target: TargetId): Promise<void>
}

/** At most this many layouts are kept; the least recently saved go first. */
export const MAX_SAVED_MAPPINGS = 500

/** A saved entry: the mapping's own schema (without the header row's position, which differs per file) plus its key and time. */
const entrySchema = columnMappingSchema.omit({ headerIndex: true }).extend({
  signature: z.string().regex(/^[0-9a-f]{64}$/),
  savedAt: z.string()
})

type Entry = z.infer<typeof entrySchema>

const fileSchema = z.object({ version: z.literal(1), entries: z.array(z.unknown()) })

function parseEntries(data: unknown): Entry[] {
  const file = fileSchema.safeParse(data)
  if (!file.success) return []
  const entries: Entry[] = []
  for (const raw of file.data.entries) {
    const parsed = entrySchema.safeParse(raw)
    if (!parsed.success) continue
    const e = parsed.data
    if (e.columns.length !== e.headers.length || hashHeaders(e.headers) !== e.signature) continue
    entries.push(e)
  }
  return entries
}

function cleanAssignment(a: ColumnAssignment, target: TargetId): ColumnAssignment {
  if (a.kind === 'field') return findField(target, a.field) === undefined ? { kind: 'ignore' } : a
  if (a.kind === 'extra') return extraKeyProblem(target, a.key) === null ? a : { kind: 'ignore' }
  return a
}

function cleanConstants(constants: readonly MappingConstant[], target: TargetId): MappingConstant[] {
  return constants.filter((c) => {
    const def = findField(target, c.field)
    return def !== undefined && def.secret !== true && c.value.trim() !== ''
  })
}

function cleanValueMaps(maps: readonly ValueMap[], target: TargetId): ValueMap[] {
  return maps.flatMap((m) => {
    const def = findField(target, m.field)
    if (def === undefined) return []
    const allowed = allowedValuesOf(def)
    const entries = m.entries.filter((e) => e.to.split(',').every((v) => allowed.includes(v.trim())))
    return entries.length === 0 ? [] : [{ field: m.field, entries }]
  })
}

/** Creates a store over `persistence`; data is loaded once, on first use. A failed load counts as empty. */
export function createSavedMappingStore(persistence: MappingPersistence, now: () => Date = () => new Date()): SavedMappingStore {
  let loaded: Promise<Entry[]> | null = null
  let queue: Promise<unknown> = Promise.resolve()
  const entries = (): Promise<Entry[]> => {
    loaded ??= persistence.load().then(parseEntries, () => [])
    return loaded
  }
  const update = (change: (list: Entry[]) => Entry[]): Promise<void> => {
    const run = queue.then(async () => {
      const next = change(await entries())
      loaded = Promise.resolve(next)
      await persistence.save({ version: 1, entries: next })
    })
    queue = run.catch(() => undefined)
    return run
  }

  return {
    async findSavedMapping(headers, target, headerIndex = 0) {
      const normalised = signatureHeaders(headers)
      const signature = hashHeaders(normalised)
      const hit = (await entries()).find((e) => e.target === target && e.signature === signature)
      if (hit === undefined) return null
      const stored = signatureColumns(headers)
      const columns = headers.map((h, i): ColumnAssignment => {
        const k = stored.indexOf(i)
        const a = k < 0 || isReportColumn(h) ? undefined : hit.columns[k]
        return a === undefined ? { kind: 'ignore' } : cleanAssignment(a, target)
      })
      return {
        target,
        headerIndex,
        headers: [...headers],
        columns,
        constants: cleanConstants(hit.constants, target),
        valueMaps: cleanValueMaps(hit.valueMaps, target)
      }
    },

    saveMapping(mapping) {
      const normalised = signatureHeaders(mapping.headers)
      const entry: Entry = {
        target: mapping.target,
        signature: hashHeaders(normalised),
        headers: normalised,
        columns: signatureColumns(mapping.headers).map((i): ColumnAssignment => mapping.columns[i] ?? { kind: 'ignore' }),
        constants: cleanConstants(mapping.constants, mapping.target),
        valueMaps: mapping.valueMaps.map((m) => ({ field: m.field, entries: m.entries.map((e) => ({ ...e })) })),
        savedAt: now().toISOString()
      }
      return update((list) => {
        const others = list.filter((e) => !(e.target === entry.target && e.signature === entry.signature))
        const next = [...others, entry]
        next.sort((a, b) => a.savedAt.localeCompare(b.savedAt))
        return next.slice(Math.max(0, next.length - MAX_SAVED_MAPPINGS))
      })
    },

    forgetMapping(headers, target) {
      const signature = hashHeaders(signatureHeaders(headers))
      return update((list) => list.filter((e) => !(e.target === target && e.signature === signature)))
    }
  }
}
