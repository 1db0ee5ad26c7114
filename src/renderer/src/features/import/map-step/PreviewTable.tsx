import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { PreviewRow } from '../../../../../shared/import-view'
import type { TargetId } from '../../../../../shared/targets'
import { useFieldLabel } from '../../../i18n/use-localized'

/** The first mapped rows, one column per field that has a value, exactly as they will be sent. */
export function PreviewTable({ target, rows }: { target: TargetId; rows: readonly PreviewRow[] }): ReactElement {
  const { t } = useTranslation()
  const fields: string[] = []
  for (const row of rows) for (const [field] of row.values) if (!fields.includes(field)) fields.push(field)
  const label = useFieldLabel(target)
  return (
    <section className="card" aria-labelledby="preview-title">
      <div className="card-padded">
        <h2 id="preview-title" className="card-title">
          {t('import.mapping.previewTitle')}
        </h2>
        <p className="field-help">{t('import.mapping.previewHelp')}</p>
      </div>
      {fields.length === 0 ? (
        <p className="card-padded field-help">{t('import.mapping.previewEmpty')}</p>
      ) : (
        // Focusable so keyboard users can scroll a preview wider than the window.
        <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="preview-title">
          <table className="table preview-table">
            <thead>
              <tr>
                <th scope="col">{t('import.mapping.row')}</th>
                {fields.map((field) => (
                  <th key={field} scope="col">
                    {label(field)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const values = new Map(row.values)
                return (
                  <tr key={row.rowNumber}>
                    <td className="mono">{row.rowNumber}</td>
                    {fields.map((field) => (
                      <td key={field}>{values.get(field) ?? ''}</td>
                    ))}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
