import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportView } from '../../../../../shared/import-view'
import { Icon } from '../../../components/Icon'
import { useImport } from '../import-store'
import { EmptySheetNotice } from './EmptySheetNotice'
import { EncodingNotice } from './EncodingNotice'

/** A sheet's name with its row count, as the sheet picker lists it (the open sheet's count is the current one). */
function useSheetOption(view: ImportView): (name: string, rowCount: number | null) => string {
  const { t } = useTranslation()
  return (name, rowCount) => {
    const count = name === view.sheetName ? view.rowCount : rowCount
    if (count === null) return name
    return count === 0 ? t('import.file.sheetOptionEmpty', { name }) : t('import.file.sheetOption', { name, count })
  }
}

/** Which file, sheet and header row are in use, with the controls to change them. */
export function FileSummary({ view }: { view: ImportView }): ReactElement {
  const { t } = useTranslation()
  const { chooseSheet, setHeaderRow, reset } = useImport()
  const sheetOption = useSheetOption(view)
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
        {view.info.sheets.length > 1 ? (
          <label className="field">
            <span className="field-label">{t('import.file.sheet')}</span>
            <select value={view.sheetName} onChange={(event) => void chooseSheet(event.target.value)}>
              {view.info.sheets.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {sheetOption(sheet.name, sheet.rowCount)}
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
      <EncodingNotice info={view.info} />
      <EmptySheetNotice view={view} />
    </section>
  )
}
