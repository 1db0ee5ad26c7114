import { useState, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobView } from '../../../../../shared/jobs'
import { defaultReportFormat } from './report-format'
import { ResultsAction } from './ResultsAction'
import { useResults, type ReportFormat } from './results-store'
import { fixableCount, isSending } from './row-words'

/**
 * Exporting the failure report: the rows that did not go through with their
 * original values, where they came from and why, as .xlsx (a workbook's
 * default) or .csv. Disabled, saying why, when there is nothing to report.
 */
export function ReportAction({ job }: { job: JobView }): ReactElement {
  const { t, i18n } = useTranslation()
  const { exportReport, saved } = useResults()
  const [format, setFormat] = useState<ReportFormat>(() => defaultReportFormat(job.fileName))
  const [busy, setBusy] = useState(false)
  const reportable = fixableCount(job)
  const why = isSending(job) ? t('results.report.afterSending') : reportable === 0 ? t('results.report.nothing') : t('results.report.help')
  const save = async (): Promise<void> => {
    setBusy(true)
    await exportReport(format, i18n.language === 'en' ? 'en' : 'ko')
    setBusy(false)
  }
  return (
    <ResultsAction title={t('results.report.title')} noteId="results-report-note" note={why}>
      <div className="results-report-row">
        <label className="field">
          <span className="field-label">{t('results.report.format')}</span>
          <select value={format} onChange={(event) => setFormat(event.target.value === 'csv' ? 'csv' : 'xlsx')}>
            <option value="xlsx">{t('results.report.xlsx')}</option>
            <option value="csv">{t('results.report.csv')}</option>
          </select>
        </label>
        <button type="button" className="button" disabled={busy || reportable === 0 || isSending(job)} aria-describedby="results-report-note" onClick={() => void save()}>
          {t('results.report.button')}
        </button>
      </div>
      <p className="field-help results-saved" role="status">
        {saved ? t('results.report.saved', { fileName: saved }) : ''}
      </p>
    </ResultsAction>
  )
}
