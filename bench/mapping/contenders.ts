import { autoMap, autoMapTable, headersOf, tableSamples } from '../../src/core/mapping'
import type { ColumnMapping } from '../../src/shared/mapping'
import type { SheetTable } from '../../src/shared/sheet'
import type { TargetId } from '../../src/shared/targets'
import { autoMapTable as baselineAutoMapTable } from './baseline/auto-map'

/** Figure 8's three matchers: the app as it maps, today's matcher without presets, and the matcher before issue 14. */
export type MatchContender = 'app' | 'presetsOff' | 'baseline'

/** The contenders, in the order the figure lists them. */
export const MATCH_CONTENDERS: readonly MatchContender[] = ['app', 'presetsOff', 'baseline']

/** What one contender is called in the figure and how it proposes a mapping for a table. */
export interface Matcher {
  readonly label: string
  readonly map: (table: SheetTable, target: TargetId) => ColumnMapping
}

/** Each contender's label and mapping function. */
export const MATCHERS: Readonly<Record<MatchContender, Matcher>> = {
  app: {
    label: 'Sheetport as the app maps (autoMapTable: platform presets, headers, values)',
    map: autoMapTable
  },
  presetsOff: {
    label: 'Sheetport, platform presets off (headers and values only)',
    map: (table, target) => autoMap(headersOf(table), target, table.headerIndex, { samples: tableSamples(table), platforms: false })
  },
  baseline: {
    label: 'Matcher before issue 14 (frozen from b1cea31, headers only)',
    map: baselineAutoMapTable
  }
}
