import type { ImportSessions } from '../../import/import-sessions'
import { templateDownload } from '../../templates/template-download'
import type { Handlers } from './types'

/** The import flow's channels, over the open spreadsheets, and the offline templates. */
export function importHandlers(imports: ImportSessions): Pick<Handlers, Extract<keyof Handlers, `import:${string}`> | 'templates:build'> {
  return {
    'import:open': ({ fileName, bytes }) => imports.open(fileName, bytes),
    'import:choose-sheet': ({ sessionId, sheetName }) => imports.chooseSheet(sessionId, sheetName),
    'import:set-header-row': ({ sessionId, headerIndex }) => imports.setHeaderRow(sessionId, headerIndex),
    'import:set-target': ({ sessionId, target }) => imports.setTarget(sessionId, target),
    'import:set-mapping': ({ sessionId, mapping }) => imports.setMapping(sessionId, mapping),
    'templates:build': ({ target, language }) => templateDownload(target, language)
  }
}
