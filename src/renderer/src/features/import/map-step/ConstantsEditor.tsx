import { useState, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { allowedValueLabel, allowedValuesOf, catalogFor, findField } from '../../../../../shared/catalog'
import { clearConstant, setConstant, type ColumnMapping } from '../../../../../shared/mapping'
import { useFieldLabel, useLocalized } from '../../../i18n/use-localized'
import { useImport } from '../import-store'

/** Fixed values used for every row (e.g. currency KRW), listed with a small form to add one. */
export function ConstantsEditor({ mapping }: { mapping: ColumnMapping }): ReactElement {
  const { t } = useTranslation()
  const localized = useLocalized()
  const updateMapping = useImport((state) => state.updateMapping)
  const [field, setField] = useState('')
  const [value, setValue] = useState('')
  const choices = catalogFor(mapping.target).fields.filter((f) => !f.secret)
  const chosen = findField(mapping.target, field)
  const allowed = chosen ? allowedValuesOf(chosen) : []
  const label = useFieldLabel(mapping.target)
  return (
    <section className="card card-padded" aria-labelledby="constants-title">
      <h2 id="constants-title" className="card-title">
        {t('import.mapping.constantsTitle')}
      </h2>
      <p className="field-help">{t('import.mapping.constantsHelp')}</p>
      {mapping.constants.length === 0 ? (
        <p className="field-help">{t('import.mapping.noConstants')}</p>
      ) : (
        <ul className="constant-list">
          {mapping.constants.map((constant) => (
            <li key={constant.field}>
              <span className="strong">{label(constant.field)}</span>
              <span className="mono">{constant.value}</span>
              <button
                type="button"
                className="button button-small"
                aria-label={`${t('import.mapping.removeConstant')}: ${label(constant.field)}`}
                onClick={() => void updateMapping(clearConstant(mapping, constant.field))}
              >
                {t('import.mapping.removeConstant')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault()
          if (!field || !value.trim()) return
          void updateMapping(setConstant(mapping, field, value))
          setValue('')
        }}
      >
        <label className="field">
          <span className="field-label">{t('import.mapping.constantField')}</span>
          <select value={field} onChange={(event) => (setField(event.target.value), setValue(''))}>
            <option value="">{t('import.mapping.chooseField')}</option>
            {choices.map((choice) => (
              <option key={choice.name} value={choice.name}>
                {localized(choice.label)}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span className="field-label">{t('import.mapping.constantValue')}</span>
          {allowed.length > 0 ? (
            <select value={value} onChange={(event) => setValue(event.target.value)}>
              <option value="" />
              {allowed.map((option) => {
                const meaning = allowedValueLabel(option)
                return (
                  <option key={option} value={option}>
                    {meaning === undefined ? option : `${option} — ${localized(meaning)}`}
                  </option>
                )
              })}
            </select>
          ) : (
            <input value={value} onChange={(event) => setValue(event.target.value)} />
          )}
        </label>
        <button type="submit" className="button align-end" disabled={!field || !value.trim()}>
          {t('import.mapping.addConstant')}
        </button>
      </form>
    </section>
  )
}
