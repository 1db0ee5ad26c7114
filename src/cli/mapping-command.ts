import { extraPrefix } from '../shared/catalog'
import type { ColumnMapping } from '../shared/mapping'
import type { TargetId } from '../shared/targets'
import { autoMapTable, headersOf, recogniseFormat } from '../core/mapping'
import type { MappingOptions } from './args'
import type { ExitCode } from './cli-error'
import { encodingNote } from './encoding-note'
import type { CliContext } from './import-command'
import { readInput } from './read-input'

/** The short mapping-file form (README, "A mapping file"): header text → field or null, field → fixed value. `--mapping` reads it back. */
export interface ShortMapping {
  readonly target: TargetId
  readonly columns: Record<string, string | null>
  readonly constants: Record<string, string>
}

/** A plain record built without a prototype, so a header such as `__proto__` stays an ordinary key. */
function record<T>(entries: ReadonlyArray<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>
  for (const [key, value] of entries) if (!Object.hasOwn(out, key)) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  return out
}

/**
 * A mapping in the short form: every titled column with the field it feeds
 * (`metadata.<key>` / `dynamic.<key>` for extra keys) or null, and every
 * fixed value. Where two columns share a title only the first is named,
 * as `--mapping` applies a title to the first column that has it.
 */
export function shortMapping(mapping: ColumnMapping): ShortMapping {
  const prefix = extraPrefix(mapping.target) ?? ''
  const columns = mapping.headers.flatMap((header, i): Array<readonly [string, string | null]> => {
    if (header.trim() === '') return []
    const a = mapping.columns[i]
    return [[header, a?.kind === 'field' ? a.field : a?.kind === 'extra' ? `${prefix}${a.key}` : null]]
  })
  return { target: mapping.target, columns: record(columns), constants: record(mapping.constants.map((c) => [c.field, c.value] as const)) }
}

/**
 * `mapping <file> --target T [--sheet NAME] [--json]`: prints the mapping
 * `import` would use on its own, in the short form, so it can be saved,
 * edited and passed back with `--mapping`. A file with only its header row
 * is enough. The sheet and a recognised platform format are named on
 * stderr, so stdout is the file as it is. Sends nothing and needs no keys.
 */
export async function runMapping(options: MappingOptions, ctx: CliContext): Promise<ExitCode> {
  const { out, t } = ctx
  const { info, table } = await readInput(options.file, options.sheet, ctx.host.reader, true)
  const guessed = encodingNote(info, t)
  if (guessed !== null) out.notice(guessed)
  const header = table.rows[table.headerIndex]
  if (header === undefined) {
    out.notice(t('read-no-header', { sheetName: table.sheetName }))
    return 2
  }
  const format = recogniseFormat(headersOf(table))
  out.notice(t('mapping-from', { sheetName: table.sheetName, row: header.rowNumber, target: options.target }))
  if (format !== null) out.notice(t('mapping-format', { format: format.format.name[ctx.language] }))
  const form = shortMapping(autoMapTable(table, options.target))
  if (options.json) out.json(form)
  else out.result(JSON.stringify(form, null, 2))
  return 0
}
