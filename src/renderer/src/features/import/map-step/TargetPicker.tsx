import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { CATALOGS } from '../../../../../shared/catalog'
import type { RecognisedFormatView } from '../../../../../shared/import-view'
import { SERVICE_OF_TARGET, TARGETS, type TargetId } from '../../../../../shared/targets'
import { useLocalized } from '../../../i18n/use-localized'
import { useImport } from '../import-store'

/** Which word the suggestion uses for a target's rows. */
function rowKind(target: TargetId): 'products' | 'customers' | 'intents' {
  const service = SERVICE_OF_TARGET[target]
  return service === 'omnicommerce' ? 'products' : service === 'occ' ? 'customers' : 'intents'
}

interface TargetPickerProps {
  readonly current: TargetId | null
  /** What the header row suggests the rows become, if anything stands out. */
  readonly suggested: TargetId | null
  readonly format: RecognisedFormatView | null
}

/** The five things a sheet can be imported as, as a radio group of cards; the suggested one is marked. */
export function TargetPicker({ current, suggested, format }: TargetPickerProps): ReactElement {
  const { t } = useTranslation()
  const localized = useLocalized()
  const setTarget = useImport((state) => state.setTarget)
  return (
    <fieldset className="target-picker">
      <legend className="card-title">{t('import.target.title')}</legend>
      {suggested !== null ? (
        <p className="field-help target-suggestion">
          {t(`import.target.looksLike.${rowKind(suggested)}`)}
          {format !== null ? ` ${t('import.target.formatIs', { format: localized(format.name) })}` : ''}
        </p>
      ) : null}
      <div className="target-grid">
        {TARGETS.map((target) => (
          <label key={target} className={current === target ? 'target-card selected' : 'target-card'}>
            <input type="radio" name="target" value={target} checked={current === target} onChange={() => void setTarget(target)} />
            <span className="target-service">
              {t(`services.${CATALOGS[target].service}`)}
              {suggested === target ? <span className="badge">{t('import.target.suggested')}</span> : null}
            </span>
            <span className="target-label">{localized(CATALOGS[target].label)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
