import { useTranslation } from 'react-i18next'
import { findField } from '../../../shared/catalog'
import type { TargetId } from '../../../shared/targets'
import type { Language, LocalizedText } from '../../../shared/text'

/**
 * Picks the current language's side of a LocalizedText (catalog labels and
 * help come that way from src/shared), following language switches.
 */
export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation()
  const language: Language = i18n.language === 'en' ? 'en' : 'ko'
  return (text) => text[language]
}

/** Turns a failure's code and params into a translated sentence, falling back to its English message. */
export function useFailureText(): (failure: { code: string; message: string; params?: Readonly<Record<string, string | number>> }) => string {
  const { t } = useTranslation()
  return (failure) => t(`errors.${failure.code}`, { ...failure.params, defaultValue: failure.message })
}

/** A target field's label in the current language (the raw name if the catalog has no such field). */
export function useFieldLabel(target: TargetId): (name: string) => string {
  const localized = useLocalized()
  return (name) => {
    const field = findField(target, name)
    return field ? localized(field.label) : name
  }
}
