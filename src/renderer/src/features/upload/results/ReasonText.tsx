import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { RowReason } from '../../../../../shared/jobs'
import { useLocalized } from '../../../i18n/use-localized'
import { reasonParts } from './reason-parts'

/** A row's reason in the interface language: what went wrong, then how to fix it. */
export function ReasonText({ reason }: { reason: RowReason }): ReactElement {
  const { t } = useTranslation()
  const localized = useLocalized()
  const { cause, fix } = reasonParts(localized(reason.message))
  return (
    <span className="reason-text">
      <span className="reason-cause">{cause}</span>
      {fix ? <span className="reason-fix">{t('results.fix', { fix })}</span> : null}
    </span>
  )
}
