import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportView } from '../../../../../shared/import-view'
import { useImport } from '../import-store'

/**
 * Said when the open sheet has no rows under a header (a memo or empty
 * sheet, chosen on purpose): names the sheets that have rows, each a
 * button that opens it.
 */
export function EmptySheetNotice({ view }: { view: ImportView }): ReactElement | null {
  const { t } = useTranslation()
  const { chooseSheet } = useImport()
  if (view.rowCount > 0) return null
  const withRows = view.info.sheets.filter((s) => s.name !== view.sheetName && (s.rowCount ?? 0) > 0)
  return (
    <div className="notice notice-info empty-sheet-notice" role="status">
      <p className="strong">{t('import.file.emptySheet', { sheet: view.sheetName })}</p>
      {withRows.length > 0 ? (
        <>
          <p>{t('import.file.emptySheetOthers')}</p>
          <div className="empty-sheet-choices">
            {withRows.map((sheet) => (
              <button key={sheet.name} type="button" className="button button-small" onClick={() => void chooseSheet(sheet.name)}>
                {t('import.file.useSheet', { name: sheet.name, count: sheet.rowCount ?? 0 })}
              </button>
            ))}
          </div>
        </>
      ) : (
        <p>{t('import.file.emptySheetNone')}</p>
      )}
    </div>
  )
}
