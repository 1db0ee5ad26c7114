import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/PageHeader'
import { useFailureText } from '../../i18n/use-localized'
import { DropZone } from './file-step/DropZone'
import { PracticeSamples } from './file-step/PracticeSamples'
import { TemplateDownloads } from './file-step/TemplateDownloads'
import { useImport } from './import-store'
import { MapStep } from './map-step/MapStep'
import { ReviewStep } from './review-step/ReviewStep'
import { InterruptedJobs } from '../upload/InterruptedJobs'
import { ResultsStep } from '../upload/results/ResultsStep'
import { UploadStep } from '../upload/UploadStep'
import { Stepper } from './Stepper'

/** The import flow: File → Columns → Review → Upload → Results. */
export function ImportScreen(): ReactElement {
  const { t } = useTranslation()
  const failureText = useFailureText()
  const { step, view, failure } = useImport()
  return (
    <>
      <PageHeader title={t('import.title')} subtitle={t('import.subtitle')} />
      {step === 'file' ? <InterruptedJobs /> : null}
      <Stepper current={step} />
      {failure ? (
        <p role="alert" className="notice notice-error">
          {failureText(failure)}
        </p>
      ) : null}
      {step === 'map' && view ? (
        <MapStep view={view} />
      ) : step === 'review' && view ? (
        <ReviewStep view={view} />
      ) : step === 'upload' ? (
        <UploadStep view={view} />
      ) : step === 'results' ? (
        <ResultsStep view={view} />
      ) : (
        <>
          <PracticeSamples />
          <DropZone />
          <TemplateDownloads />
        </>
      )}
    </>
  )
}
