import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { IMPORT_STEPS, type ImportStep } from './import-store'

/** Shows the five import steps and where the user is; the current one is announced as such. */
export function Stepper({ current }: { current: ImportStep }): ReactElement {
  const { t } = useTranslation()
  const index = IMPORT_STEPS.indexOf(current)
  return (
    <ol className="stepper" aria-label={t('import.stepOf', { current: index + 1, total: IMPORT_STEPS.length })}>
      {IMPORT_STEPS.map((step, position) => (
        <li
          key={step}
          className={position < index ? 'done' : position === index ? 'current' : undefined}
          aria-current={position === index ? 'step' : undefined}
        >
          <span className="step-number" aria-hidden="true">
            {position + 1}
          </span>
          <span>{t(`import.steps.${step}`)}</span>
        </li>
      ))}
    </ol>
  )
}
