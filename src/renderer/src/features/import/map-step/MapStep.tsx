import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportView } from '../../../../../shared/import-view'
import { useLocalized } from '../../../i18n/use-localized'
import { useImport } from '../import-store'
import { ConstantsEditor } from './ConstantsEditor'
import { FileSummary } from './FileSummary'
import { MappingTable } from './MappingTable'
import { MISSING_NOTICE_ID, MissingNotice } from './MissingNotice'
import { PreviewTable } from './PreviewTable'
import { TargetPicker } from './TargetPicker'

/** The Columns step: which file and header row, what the rows become, and how columns match fields. */
export function MapStep({ view }: { view: ImportView }): ReactElement {
  const { t } = useTranslation()
  const localized = useLocalized()
  const goTo = useImport((state) => state.goTo)
  return (
    <>
      <FileSummary view={view} />
      <section className="card card-padded">
        <TargetPicker current={view.target} suggested={view.suggestedTarget} format={view.format} />
      </section>
      {view.mapping && view.target ? (
        <>
          <h2 className="section-title">{t('import.mapping.title')}</h2>
          {view.mappingRestored ? <p className="notice notice-info">{t('import.mapping.restored')}</p> : null}
          {view.format?.applied === true ? <p className="notice notice-info">{t('import.mapping.format', { format: localized(view.format.name) })}</p> : null}
          <MissingNotice target={view.target} missing={view.missing} />
          <MappingTable view={view} mapping={view.mapping} />
          <ConstantsEditor mapping={view.mapping} />
          <PreviewTable target={view.target} rows={view.preview} />
          <div className="step-footer">
            <button type="button" className="button" onClick={() => goTo('file')}>
              {t('import.mapping.back')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={view.missing.length > 0}
              aria-describedby={view.missing.length > 0 ? MISSING_NOTICE_ID : undefined}
              onClick={() => goTo('review')}
            >
              {t('import.mapping.continue')}
            </button>
          </div>
        </>
      ) : null}
    </>
  )
}
