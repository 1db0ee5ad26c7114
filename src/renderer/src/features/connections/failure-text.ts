import { useTranslation } from 'react-i18next'
import type { Failure } from '../../../../shared/errors'
import { KEY_FIELDS } from '../../../../shared/ipc/channels/connections'
import { useFailureText } from '../../i18n/use-localized'

const KEY_NAMES = [...new Set(Object.values(KEY_FIELDS).flat())]

/**
 * Translates a refusal from the connections channels. Key refusals name
 * their field ("apiKey"); the sentence needs the key's name in the
 * interface language instead.
 */
export function useConnectionFailureText(): (failure: Failure) => string {
  const { t } = useTranslation()
  const failureText = useFailureText()
  return (failure) => {
    const field = failure.params?.['field']
    const key = KEY_NAMES.find((name) => name === field)
    return failureText(key === undefined ? failure : { ...failure, params: { ...failure.params, field: t(`connections.form.keyNames.${key}`) } })
  }
}
