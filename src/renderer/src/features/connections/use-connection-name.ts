import { useTranslation } from 'react-i18next'
import { practiceServiceOf } from '../../../../shared/practice-ids'

/**
 * A connection's name as the screen shows it: the built-in practice
 * connections in the interface language, every other one as its owner
 * named it. Takes the id and the stored name (jobs keep the name they were
 * started with).
 */
export function useConnectionName(): (id: string, name: string) => string {
  const { t } = useTranslation()
  return (id, name) => {
    const service = practiceServiceOf(id)
    return service === null ? name : t(`connections.practiceNames.${service}`)
  }
}
