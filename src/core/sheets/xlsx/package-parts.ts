import { posix } from 'node:path'
import { SheetError } from '../errors'
import type { SheetLimits } from '../limits'
import { inflateEntry } from '../zip-guard'
import type { ZipEntry } from '../zip-directory'
import { XlsxShortcutUnavailable } from './unsupported'
import { attributeByLocalName, xmlAttributes, xmlText } from './xml-text'

/** One sheet as the workbook lists it, in workbook order. */
export interface PackageSheet {
  readonly name: string
  readonly hidden: boolean
  /** The worksheet part's zip entry; null for a chart sheet, which holds a chart and never cells. */
  readonly entry: ZipEntry | null
}

/** What a workbook's package says before any sheet is read. */
export interface XlsxPackage {
  readonly sheets: readonly PackageSheet[]
  readonly date1904: boolean
  readonly styles: ZipEntry | null
  readonly sharedStrings: ZipEntry | null
}

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
const STRICT_REL_TYPE = 'http://purl.oclc.org/ooxml/officeDocument/relationships/'

/** A relationship's kind ('worksheet', 'styles'…), from its Type URI in either the transitional or the strict schema. */
function relationKind(type: string): string | null {
  if (type.startsWith(REL_TYPE)) return type.slice(REL_TYPE.length)
  if (type.startsWith(STRICT_REL_TYPE)) return type.slice(STRICT_REL_TYPE.length)
  return null
}

interface Relation {
  readonly kind: string | null
  readonly target: string
}

class PartReader {
  private readonly byName: Map<string, ZipEntry>

  constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
    private readonly limits: SheetLimits
  ) {
    this.byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]))
  }

  entry(path: string): ZipEntry | null {
    return this.byName.get(path.toLowerCase()) ?? null
  }

  text(entry: ZipEntry): string {
    return inflateEntry(this.bytes, entry, this.limits).toString('utf8')
  }

  /** The relationships of the part at `path` ('' for the package itself), by id, targets resolved to zip paths. */
  relations(path: string): Map<string, Relation> {
    const dir = posix.dirname(path)
    const relsPath = posix.join(dir === '.' ? '' : dir, '_rels', `${posix.basename(path)}.rels`)
    const entry = this.entry(relsPath)
    const found = new Map<string, Relation>()
    if (!entry) return found
    for (const m of this.text(entry).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      const attributes = xmlAttributes(m[0])
      const id = attributes.get('Id')
      const target = attributes.get('Target')
      if (id === undefined || target === undefined || attributes.get('TargetMode') === 'External') continue
      const decoded = xmlText(target)
      const resolved = decoded.startsWith('/') ? decoded.slice(1) : posix.normalize(posix.join(dir === '.' ? '' : dir, decoded))
      found.set(id, { kind: relationKind(attributes.get('Type') ?? ''), target: resolved })
    }
    return found
  }
}

function relatedPart(reader: PartReader, relations: Map<string, Relation>, kind: string): ZipEntry | null {
  for (const r of relations.values()) if (r.kind === kind) return reader.entry(r.target)
  return null
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true'
}

/**
 * Reads an .xlsx package's map: the workbook part (found through the
 * package's relationships, as Excel does), its sheets with their names and
 * visibility, the date system, and the styles and shared-strings parts.
 * A sheet part that is neither a worksheet nor a chart sheet (a macro or
 * dialog sheet) or a workbook in a prefixed namespace leaves the file to SheetJS.
 */
export function readXlsxPackage(bytes: Uint8Array, entries: readonly ZipEntry[], limits: SheetLimits): XlsxPackage {
  const reader = new PartReader(bytes, entries, limits)
  const rootRelations = reader.relations('')
  const workbookPath = [...rootRelations.values()].find((r) => r.kind === 'officeDocument')?.target ?? 'xl/workbook.xml'
  const workbookEntry = reader.entry(workbookPath)
  if (!workbookEntry) throw new SheetError('sheet.corrupt')
  const workbook = reader.text(workbookEntry)
  if (!/<workbook\b/.test(workbook)) throw new XlsxShortcutUnavailable('workbook element has a namespace prefix')
  const relations = reader.relations(workbookPath)
  const sheets: PackageSheet[] = []
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const attributes = xmlAttributes(m[0])
    const relation = relations.get(attributeByLocalName(attributes, 'id') ?? '')
    const name = attributes.get('name')
    if (name === undefined || !relation) throw new SheetError('sheet.corrupt')
    const state = attributes.get('state')
    const hidden = state === 'hidden' || state === 'veryHidden'
    if (relation.kind === 'chartsheet') {
      sheets.push({ name: xmlText(name), hidden, entry: null })
      continue
    }
    if (relation.kind !== 'worksheet') throw new XlsxShortcutUnavailable(`sheet part of kind ${String(relation.kind)}`)
    const entry = reader.entry(relation.target)
    if (!entry) throw new SheetError('sheet.corrupt')
    sheets.push({ name: xmlText(name), hidden, entry })
  }
  const workbookProperties = /<workbookPr\b[^>]*>/.exec(workbook)?.[0]
  return {
    sheets,
    date1904: workbookProperties !== undefined && isTrue(xmlAttributes(workbookProperties).get('date1904')),
    styles: relatedPart(reader, relations, 'styles'),
    sharedStrings: relatedPart(reader, relations, 'sharedStrings')
  }
}
