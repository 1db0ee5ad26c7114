import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportView } from '../../../../../shared/import-view'
import { Icon } from '../../../components/Icon'
import { useImport } from '../import-store'

/** Which file, sheet and header row are in use, with the controls to change them. */
export function FileSummary({ view }: { view: ImportView }): ReactElement {
  const { t } = useTranslation()
  const { chooseSheet, setHeaderRow, reset } = useImport()
  return (
    <section className="card card-padded file-summary" aria-label={view.info.fileName}>
      <div className="file-title">
        <div className="empty-icon small" aria-hidden="true">
          <Icon name="sheet" size={20} />
        </div>
        <div>
          <h2 className="card-title">{view.info.fileName}</h2>
          <p className="field-help">{t('import.file.rows', { count: view.rowCount })}</p>
        </div>
        <button type="button" className="button button-small push-right" onClick={reset}>
          {t('import.file.another')}
        </button>
      </div>
      <div className="field-row">
        {view.info.sheetNames.length > 1 ? (
          <label className="field">
            <span className="field-label">{t('import.file.sheet')}</span>
            <select value={view.sheetName} onChange={(event) => void chooseSheet(event.target.value)}>
              {view.info.sheetNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="field grow">
          <span className="field-label">{t('import.file.headerRow')}</span>
          <select value={view.headerIndex} onChange={(event) => void setHeaderRow(Number(event.target.value))}>
            {view.topRows.map((row, index) => (
              <option key={row.rowNumber} value={index}>
                {t('import.file.rowLabel', {
                  number: row.rowNumber,
                  preview: row.cells.filter((cell) => cell !== '').slice(0, 4).join(' · ')
                })}
              </option>
            ))}
          </select>
          <span className="field-help">{t('import.file.headerRowHelp')}</span>
        </label>
      </div>
    </section>
  )
}
