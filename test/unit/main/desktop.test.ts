import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { EventBus } from '../../../src/core/app/event-bus'
import { confirmCloseWhileUploading } from '../../../src/main/desktop/confirm-close'
import { endNotice, notifyWhenJobsEnd } from '../../../src/main/desktop/job-notifications'
import { keepAwakeWhileUploading } from '../../../src/main/desktop/keep-awake'
import type { JobView } from '../../../src/shared/jobs'

function view(status: JobView['status'], counts: Partial<JobView['counts']> = {}): JobView {
  const all = { invalid: 0, queued: 0, 'in-flight': 0, accepted: 0, failed: 0, pending: 0, unknown: 0, ...counts }
  return {
    jobId: 'job-1', parentJobId: null, fileName: '상품.xlsx', sheetName: 'Sheet1', target: 'products:create', connectionId: 'c', connectionName: 'C',
    createdAt: '2026-11-23T00:00:00.000Z', status, pauseMessage: null, total: Object.values(all).reduce((a, b) => a + b, 0), counts: all,
    sentRows: 0, requests: 3, ratePerSecond: 0, etaMs: null, durationMs: 10, problem: null, resumable: false, confirming: null
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('desktop behaviour during uploads', () => {
  it('keeps the machine awake exactly while a job runs', () => {
    const events = new EventBus()
    let running = 0
    const blocker = { start: vi.fn(() => 7), stop: vi.fn() }
    keepAwakeWhileUploading(events, blocker, () => running)
    running = 1
    events.emit('jobs:progress', view('running'))
    events.emit('jobs:progress', view('running'))
    expect(blocker.start).toHaveBeenCalledTimes(1)
    expect(blocker.start).toHaveBeenCalledWith('prevent-app-suspension')
    running = 0
    events.emit('jobs:progress', view('finished'))
    expect(blocker.stop).toHaveBeenCalledWith(7)
  })

  it('notifies once when a job ends, in the interface language, with what needs attention', async () => {
    const events = new EventBus()
    const notify = vi.fn()
    notifyWhenJobsEnd(events, notify, async () => 'ko')
    events.emit('jobs:progress', view('running'))
    events.emit('jobs:progress', view('finished', { accepted: 1200, failed: 30, invalid: 7 }))
    events.emit('jobs:progress', view('finished', { accepted: 1200, failed: 30, invalid: 7 }))
    await flush()
    expect(notify).toHaveBeenCalledTimes(1)
    expect(notify).toHaveBeenCalledWith('업로드를 마쳤습니다 — 상품.xlsx', '1,200행 완료 · 37행 확인 필요')
    expect(endNotice(view('halted', { accepted: 1 }), 'en').title).toBe('Upload interrupted — 상품.xlsx')
  })

  it('asks before closing while uploading, and closes when told to', async () => {
    const window = Object.assign(new EventEmitter(), { close: vi.fn(), isDestroyed: () => false })
    let running = 1
    let answer = false
    const ask = vi.fn(async () => answer)
    const stopped: string[] = []
    const stopUploads = vi.fn(async () => {
      stopped.push('stopped')
      running = 0
    })
    confirmCloseWhileUploading(window as never, () => running, ask, stopUploads)
    const event = { preventDefault: vi.fn() }
    window.emit('close', event)
    await flush()
    expect(event.preventDefault).toHaveBeenCalled()
    expect(window.close).not.toHaveBeenCalled()
    expect(stopUploads).not.toHaveBeenCalled()
    answer = true
    window.emit('close', { preventDefault: vi.fn() })
    await flush()
    // "Stop and close" stops the uploads first (on macOS the app outlives its window).
    expect(stopped).toEqual(['stopped'])
    expect(window.close).toHaveBeenCalledTimes(1)
    const idle = { preventDefault: vi.fn() }
    window.emit('close', idle)
    expect(idle.preventDefault).not.toHaveBeenCalled()
  })
})
