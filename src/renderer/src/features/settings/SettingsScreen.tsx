import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { LanguageSetting } from '../../../../shared/app-types'
import { PageHeader } from '../../components/PageHeader'
import { useSettings } from './settings-store'
import { SupportLogCard } from './SupportLogCard'

const LANGUAGE_CHOICES: readonly LanguageSetting[] = ['system', 'ko', 'en']

/** The user's preferences: the interface language, where the support log is, and what version is running. */
export function SettingsScreen(): ReactElement {
  const { t } = useTranslation()
  const { info, settings, setLanguage } = useSettings()
  const systemName = settings?.systemLanguage === 'en' ? t('settings.languageEn') : t('settings.languageKo')
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <section className="card card-padded">
        <fieldset className="radio-group">
          <legend>{t('settings.language')}</legend>
          <p className="field-help">{t('settings.languageHelp')}</p>
          {LANGUAGE_CHOICES.map((choice) => (
            <label key={choice} className="radio">
              <input
                type="radio"
                name="language"
                value={choice}
                checked={settings?.language === choice}
                onChange={() => void setLanguage(choice)}
              />
              <span>
                {choice === 'system'
                  ? t('settings.languageSystem', { language: systemName })
                  : t(choice === 'ko' ? 'settings.languageKo' : 'settings.languageEn')}
              </span>
            </label>
          ))}
        </fieldset>
      </section>
      <SupportLogCard />
      {info ? (
        <section className="card card-padded">
          <h2 className="card-title">{t('settings.about')}</h2>
          <p>
            Sheetport · {t('settings.version', { version: info.version })} · {t(`settings.runningIn.${info.shell}`)}
          </p>
        </section>
      ) : null}
    </>
  )
}
