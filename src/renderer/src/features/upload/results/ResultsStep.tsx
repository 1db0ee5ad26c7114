import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportView } from '../../../../../shared/import-view'
import { useImport } from '../../import/import-store'
import { useUpload } from '../upload-store'
import { allWentThrough } from './row-words'
import { ResultsView } from './ResultsView'

/** The import flow's last step: the results of the upload it follows (a resend started here is followed in turn). */
export function ResultsStep({ view }: { view: ImportView | null }): ReactElement | null {
  const { t } = useTranslation()
  const job = useUpload((state) => state.job)
  const clear = useUpload((state) => state.clear)
  const reset = useImport((state) => state.reset)
  if (!job) return null
  const newImport = (): void => {
    clear()
    reset()
  }
  return (
    <>
      <ResultsView job={job} sessionId={view?.sessionId ?? null} onNewImport={newImport} />
      {allWentThrough(job) ? null : (
        <div className="step-footer">
          <button type="button" className="button" onClick={newImport}>
            {t('results.another')}
          </button>
        </div>
      )}
    </>
  )
}
