import { useEffect, useRef, useState, type FormEvent, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConnectionSummary } from '../../../../shared/app-types'
import type { Failure } from '../../../../shared/errors'
import { SERVICES } from '../../../../shared/targets'
import { useConnections } from './connections-store'
import { useConnectionFailureText } from './failure-text'
import { FormField } from './FormField'
import { initialValues, toRequest, type FormValues } from './form-values'
import { KeyFields } from './KeyFields'
import { OccSettings } from './OccSettings'

/** The service choice of a new connection (an existing one keeps its service). */
function ServiceChoice({ values, change }: { values: FormValues; change: (patch: Partial<FormValues>) => void }): ReactElement {
  const { t } = useTranslation()
  return (
    <fieldset className="radio-group">
      <legend className="field-label">{t('connections.form.service')}</legend>
      <div className="connection-services">
        {SERVICES.map((service) => (
          <label key={service} className="radio">
            <input type="radio" name="service" value={service} checked={values.service === service} onChange={() => change({ service })} />
            <span>{t(`services.${service}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/**
 * Adds or edits one connection. Keys typed here leave with the save and are
 * forgotten when the form closes; a refusal is shown next to the field it
 * concerns, which then takes the focus.
 */
export function ConnectionForm({ editing, onCancel }: { editing: ConnectionSummary | null; onCancel: () => void }): ReactElement {
  const { t } = useTranslation()
  const save = useConnections((state) => state.save)
  const failureText = useConnectionFailureText()
  const [values, setValues] = useState(() => initialValues(editing))
  const [failure, setFailure] = useState<Failure | null>(null)
  const [saving, setSaving] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => heading.current?.focus(), [])
  useEffect(() => form.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus(), [failure])

  const change = (patch: Partial<FormValues>): void => setValues((current) => ({ ...current, ...patch }))
  const failedField = failure?.params?.['field']
  const errorFor = (field: string): string | null => (failure !== null && failedField === field ? failureText(failure) : null)
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setSaving(true)
    const refused = await save(toRequest(values, editing?.id ?? null))
    setSaving(false)
    setFailure(refused)
  }

  return (
    <section
      className="card card-padded connection-form"
      aria-labelledby="connection-form-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel()
      }}
    >
      <h2 id="connection-form-title" className="card-title" ref={heading} tabIndex={-1}>
        {editing ? t('connections.form.editTitle', { name: editing.name }) : t('connections.form.addTitle')}
      </h2>
      <form ref={form} onSubmit={(event) => void submit(event)} noValidate className="connection-form-body">
        {editing ? <p className="field-help">{t(`services.${editing.service}`)}</p> : <ServiceChoice values={values} change={change} />}
        <FormField
          label={t('connections.form.name')}
          help={t('connections.form.nameHelp')}
          value={values.name}
          onValue={(name) => change({ name })}
          autoComplete="off"
          maxLength={200}
          error={errorFor('name')}
        />
        <FormField
          label={t('connections.form.baseUrl')}
          help={t(`connections.form.baseUrlHelp.${values.service}`)}
          value={values.baseUrl}
          onValue={(baseUrl) => change({ baseUrl })}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          error={errorFor('baseUrl')}
        />
        {values.service === 'occ' ? <OccSettings values={values} change={change} errorFor={errorFor} /> : null}
        <KeyFields values={values} change={change} errorFor={errorFor} saved={editing?.hasSecret ?? false} />
        {failure !== null && typeof failedField !== 'string' ? (
          <p role="alert" className="notice notice-error">
            {failureText(failure)}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('connections.form.saving') : t('connections.form.save')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('connections.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  )
}
