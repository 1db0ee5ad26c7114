import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { KEY_FIELDS, type KeyField } from '../../../../shared/ipc/channels/connections'
import { FormField } from './FormField'
import type { FormValues } from './form-values'

/** The key inputs of the chosen service (none for the OCC storefront). */
function keysOf(values: FormValues): readonly KeyField[] {
  return values.service === 'occ' && values.occMode !== 'admin' ? [] : KEY_FIELDS[values.service]
}

/**
 * Password inputs for a connection's keys. Keys are write-only: the form
 * never shows a saved key; when one is saved, an empty field keeps it.
 */
export function KeyFields(props: {
  readonly values: FormValues
  readonly change: (patch: Partial<FormValues>) => void
  readonly errorFor: (field: string) => string | null
  readonly saved: boolean
}): ReactElement | null {
  const { t } = useTranslation()
  const { values, change, errorFor, saved } = props
  const keys = keysOf(values)
  if (keys.length === 0) return null
  const where = values.service === 'omnicommerce' ? t('connections.form.apiKeyHelp') : values.service === 'nclue' ? t('connections.form.ncpHelp') : undefined
  const savedHint = saved ? t(keys.length > 1 ? 'connections.form.keysSaved' : 'connections.form.keySaved') : undefined
  return (
    <fieldset className="connection-keys">
      <legend className="field-label">{t('connections.form.keys')}</legend>
      <p className="field-help">{[where, t('connections.form.keysPrivate')].filter(Boolean).join(' ')}</p>
      <div className="field-row">
        {keys.map((key) => (
          <FormField
            key={key}
            label={t(`connections.form.${key}`)}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={values[key]}
            onValue={(value) => change({ [key]: value })}
            placeholder={saved ? '••••••••' : undefined}
            help={savedHint}
            error={errorFor(key)}
          />
        ))}
      </div>
    </fieldset>
  )
}
