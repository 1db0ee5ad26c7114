import { useId, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { OccMode } from '../../../../shared/app-types'
import { FormField } from './FormField'
import type { FormValues } from './form-values'

const MODES: readonly OccMode[] = ['admin', 'storefront']

/** OCC's own settings: how customers are created (admin reveals the application key) and the language header. */
export function OccSettings(props: {
  readonly values: FormValues
  readonly change: (patch: Partial<FormValues>) => void
  readonly errorFor: (field: string) => string | null
}): ReactElement {
  const { t } = useTranslation()
  const { values, change, errorFor } = props
  const id = useId()
  return (
    <>
      <fieldset className="radio-group">
        <legend className="field-label">{t('connections.form.occMode')}</legend>
        {MODES.map((mode) => (
          <div key={mode}>
            <label className="radio">
              <input
                type="radio"
                name="occ-mode"
                value={mode}
                checked={values.occMode === mode}
                onChange={() => change({ occMode: mode })}
                aria-describedby={`${id}-${mode}`}
              />
              <span className="strong">{t(`connections.form.${mode}`)}</span>
            </label>
            <p id={`${id}-${mode}`} className="field-help radio-help">
              {t(`connections.form.${mode}Help`)}
            </p>
          </div>
        ))}
      </fieldset>
      <FormField
        label={t('connections.form.language')}
        help={t('connections.form.languageHelp')}
        value={values.language}
        onValue={(language) => change({ language })}
        autoComplete="off"
        spellCheck={false}
        maxLength={20}
        error={errorFor('language')}
      />
    </>
  )
}
