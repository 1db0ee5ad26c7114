import { useId, type InputHTMLAttributes, type ReactElement } from 'react'

/** What one labelled text or key input needs. */
export interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  readonly label: string
  readonly value: string
  readonly onValue: (value: string) => void
  readonly help?: string
  /** The refusal that points at this field, if any. */
  readonly error?: string | null
}

/**
 * A text input with its visible label, help and error tied to it (so screen
 * readers read them with the field), marked invalid when refused.
 */
export function FormField({ label, value, onValue, help, error, ...input }: FormFieldProps): ReactElement {
  const id = useId()
  const described = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter((part) => part !== null).join(' ')
  return (
    <div className="field connection-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {help ? (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      ) : null}
      <input
        {...input}
        id={id}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described === '' ? undefined : described}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
