import type { ReactElement } from 'react'
import type { ImportView } from '../../../../shared/import-view'
import { useImport } from '../import/import-store'
import { JobProgress } from './JobProgress'
import { SendSetup } from './SendSetup'
import { useUpload } from './upload-store'

/** The Upload step: choose where the rows go, then follow the upload as it runs. */
export function UploadStep({ view }: { view: ImportView | null }): ReactElement | null {
  const job = useUpload((state) => state.job)
  const clear = useUpload((state) => state.clear)
  const { goTo, reset } = useImport()
  if (job) {
    return (
      <JobProgress
        job={job}
        next={{
          onResults: () => goTo('results'),
          onNewImport: () => {
            clear()
            reset()
          }
        }}
      />
    )
  }
  if (!view?.target) return null
  return <SendSetup view={view} target={view.target} />
}
