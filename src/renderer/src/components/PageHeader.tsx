import type { ReactElement, ReactNode } from 'react'

/** The title block every screen starts with, so screens read alike. */
export function PageHeader({ title, subtitle, children }: { title: string; subtitle?: string; children?: ReactNode }): ReactElement {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
      </div>
      {children ? <div className="page-actions">{children}</div> : null}
    </header>
  )
}
