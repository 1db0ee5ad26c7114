import { resolve } from 'node:path'
import { createElement, type FunctionComponent } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { JobView } from '../../../src/shared/jobs'
import type { UpdateStatus } from '../../../src/shared/updates'

/*
 * The update banner's logic and markup, without a browser. The renderer's
 * files belong to the web TypeScript project, so they are imported by a
 * computed path (as test/unit/i18n/languages.ts does); the store is replaced,
 * since the real one talks to window.api.
 */

const FEATURE = resolve('src/renderer/src/features/updates')

interface ActiveJobs {
  activeJobIds(jobs: readonly JobView[]): ReadonlySet<string>
  withProgress(active: ReadonlySet<string>, job: JobView): ReadonlySet<string>
}
interface BannerViews {
  bannerView(status: UpdateStatus, activeUploads: number): { version: string; waitForUploads: boolean } | null
}

let store: { status: UpdateStatus; activeJobs: ReadonlySet<string>; restarting: boolean; failure: null; load: () => Promise<void>; restart: () => Promise<void> }
let jobs: ActiveJobs
let views: BannerViews
let UpdateBanner: FunctionComponent

beforeAll(async () => {
  vi.doMock(resolve(FEATURE, 'update-store.ts'), () => ({ useUpdates: () => store }))
  jobs = (await import(resolve(FEATURE, 'active-jobs.ts'))) as ActiveJobs
  views = (await import(resolve(FEATURE, 'banner-view.ts'))) as BannerViews
  UpdateBanner = ((await import(resolve(FEATURE, 'UpdateBanner.tsx'))) as { UpdateBanner: FunctionComponent }).UpdateBanner
  const i18n = (await import(resolve('src/renderer/src/i18n/index.ts'))) as { initI18n(language: 'ko' | 'en'): unknown }
  i18n.initI18n('ko')
})

function job(jobId: string, status: JobView['status']): JobView {
  return { jobId, status } as JobView
}

function render(status: UpdateStatus, activeJobs: readonly string[] = []): string {
  store = { status, activeJobs: new Set(activeJobs), restarting: false, failure: null, load: async () => {}, restart: async () => {} }
  return renderToStaticMarkup(createElement(UpdateBanner))
}

describe('the update banner', () => {
  it('counts the uploads the core still holds open, and follows their progress', () => {
    const active = jobs.activeJobIds([job('a', 'running'), job('b', 'paused'), job('c', 'cancelling'), job('d', 'finished'), job('e', 'interrupted')])
    expect([...active].sort()).toEqual(['a', 'b', 'c'])
    expect(jobs.withProgress(active, job('a', 'running'))).toBe(active)
    expect([...jobs.withProgress(active, job('a', 'finished'))].sort()).toEqual(['b', 'c'])
    expect([...jobs.withProgress(active, job('f', 'running'))].sort()).toEqual(['a', 'b', 'c', 'f'])
  })

  it('shows only a downloaded update: checking, downloading and failures stay out of the way', () => {
    for (const status of [{ state: 'idle' }, { state: 'checking' }, { state: 'downloading', version: '0.2.0', percent: 40 }, { state: 'unavailable' }, { state: 'error', code: 'offline' }] as const) {
      expect(views.bannerView(status, 0)).toBeNull()
      expect(render(status)).toBe('')
    }
    expect(views.bannerView({ state: 'ready', version: '0.2.0' }, 0)).toEqual({ version: '0.2.0', waitForUploads: false })
    expect(views.bannerView({ state: 'ready', version: '0.2.0' }, 2)).toEqual({ version: '0.2.0', waitForUploads: true })
  })

  it('says a new version is ready and offers to restart now (Korean)', () => {
    const html = render({ state: 'ready', version: '0.2.0' })
    expect(html).toContain('새 버전(0.2.0)이 준비되었습니다. Sheetport를 다시 시작하면 설치됩니다.')
    expect(html).toMatch(/<button type="button" class="button button-small">지금 다시 시작<\/button>/)
    expect(html).not.toContain('업로드가 끝나면')
  })

  it('keeps “Restart now” disabled while an upload runs, and says why', () => {
    const html = render({ state: 'ready', version: '0.2.0' }, ['job-1'])
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*aria-describedby="update-banner-wait"[^>]*>지금 다시 시작<\/button>/)
    expect(html).toContain('<span id="update-banner-wait">업로드가 끝나면 다시 시작할 수 있습니다.</span>')
  })
})
