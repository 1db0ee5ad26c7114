import type { ReactElement, ReactNode } from 'react'
import { Icon, type IconName } from './Icon'

/** What a screen shows when it has nothing yet: what this place is for and the next step. */
export function EmptyState({ icon, title, body, action }: { icon: IconName; title: string; body: string; action?: ReactNode }): ReactElement {
  return (
    <section className="empty-state" aria-label={title}>
      <div className="empty-icon">
        <Icon name={icon} size={28} />
      </div>
      <h2>{title}</h2>
      <p>{body}</p>
      {action}
    </section>
  )
}
