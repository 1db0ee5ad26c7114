import { effectiveLanguage } from '../../../shared/app-types'
import type { ImportSessions } from '../../import/import-sessions'
import { sampleFile } from '../../samples'
import type { SettingsStore } from '../../settings/settings-store'
import type { Handlers } from './types'

/** What the practice-sample channel needs: the open spreadsheets, and the settings for the file name's language. */
export interface SampleHandlerDeps {
  readonly imports: ImportSessions
  readonly settings: SettingsStore
}

/**
 * Opens a practice sample exactly as if the user had dropped it (same
 * reader, same session, same first-run bookkeeping), then chooses its target,
 * so the user lands on the Columns step with every column matched.
 */
export function sampleHandlers(deps: SampleHandlerDeps): Pick<Handlers, 'samples:open'> {
  return {
    'samples:open': async ({ target }) => {
      const { fileName, bytes } = sampleFile(target, effectiveLanguage(await deps.settings.get()))
      const opened = await deps.imports.open(fileName, bytes)
      return deps.imports.setTarget(opened.sessionId, target)
    }
  }
}
