import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { catalogFor, extraPrefix } from '../../../../../shared/catalog'
import type { ImportView } from '../../../../../shared/import-view'
import { assignColumn, ignoreColumn, mapColumnAsExtra, suggestExtraKey, type ColumnAssignment, type ColumnMapping } from '../../../../../shared/mapping'
import { useLocalized } from '../../../i18n/use-localized'
import { useImport } from '../import-store'

function optionValue(assignment: ColumnAssignment | undefined): string {
  if (!assignment || assignment.kind === 'ignore') return 'ignore'
  return assignment.kind === 'field' ? `field:${assignment.field}` : `extra:${assignment.key}`
}

function applyChoice(mapping: ColumnMapping, column: number, choice: string): ColumnMapping {
  if (choice.startsWith('field:')) return assignColumn(mapping, column, choice.slice('field:'.length))
  if (choice.startsWith('extra:')) return mapColumnAsExtra(mapping, column, choice.slice('extra:'.length))
  return ignoreColumn(mapping, column)
}

/** One row per spreadsheet column: its header, example values, and what it becomes. */
export function MappingTable({ view, mapping }: { view: ImportView; mapping: ColumnMapping }): ReactElement {
  const { t } = useTranslation()
  const localized = useLocalized()
  const updateMapping = useImport((state) => state.updateMapping)
  const fields = catalogFor(mapping.target).fields
  const extras = extraPrefix(mapping.target) !== null
  return (
    <div className="card">
      <table className="table mapping-table">
        <caption className="visually-hidden">{t('import.mapping.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.mapping.column')}</th>
            <th scope="col">{t('import.mapping.examples')}</th>
            <th scope="col">{t('import.mapping.field')}</th>
          </tr>
        </thead>
        <tbody>
          {view.headers.map((header, column) => {
            const assignment = mapping.columns[column]
            const extraKey = assignment?.kind === 'extra' ? assignment.key : suggestExtraKey(header, column)
            const group = view.columnGroups[column] ?? null
            const name = header === '' ? `#${column + 1}` : header
            return (
              <tr key={column} className={assignment?.kind === 'ignore' ? 'muted-row' : undefined}>
                <th scope="row" className="strong">
                  {group !== null ? <span className="column-group">{group}</span> : null}
                  {name}
                </th>
                <td className="samples">{(view.samples[column] ?? []).join(', ')}</td>
                <td>
                  <select
                    aria-label={`${group !== null ? `${group} › ` : ''}${name}: ${t('import.mapping.field')}`}
                    value={optionValue(assignment)}
                    onChange={(event) => void updateMapping(applyChoice(mapping, column, event.target.value))}
                  >
                    <option value="ignore">{t('import.mapping.ignore')}</option>
                    <optgroup label={t('import.mapping.fieldsGroup')}>
                      {fields.map((field) => (
                        <option key={field.name} value={`field:${field.name}`}>
                          {localized(field.label)}
                          {field.required ? ` (${t('import.mapping.required')})` : ''}
                        </option>
                      ))}
                    </optgroup>
                    {extras ? (
                      <optgroup label={t('import.mapping.extraGroup')}>
                        <option value={`extra:${extraKey}`}>{t('import.mapping.extraOption', { key: extraKey })}</option>
                      </optgroup>
                    ) : null}
                  </select>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
