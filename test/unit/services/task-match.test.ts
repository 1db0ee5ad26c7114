import { describe, expect, it } from 'vitest'
import { matchTask } from '../../../src/core/services/nclue/task-match'

const TASKS = [
  { task_id: '3179664c-0000-4000-8000-af6354344018', task_name: '여름 캠페인 2026' },
  { task_id: '5a0c1e2d-0000-4000-8000-1f2e3d4c5b6a', task_name: '봄 신상품 관심 고객' },
  { task_id: '7b1d2f3e-0000-4000-8000-2a3b4c5d6e7f', task_name: 'VIP 재구매' },
  { task_id: '9c2e3a4f-0000-4000-8000-3b4c5d6e7f80', task_name: '중복 태스크' },
  { task_id: 'ad3f4b50-0000-4000-8000-4c5d6e7f8091', task_name: '중복 태스크' }
]

describe('a task value from the sheet', () => {
  it('is an id or a name, whichever it is, ignoring width, case and spacing in names', () => {
    expect(matchTask(TASKS, '3179664c-0000-4000-8000-af6354344018')).toEqual({ taskId: '3179664c-0000-4000-8000-af6354344018' })
    expect(matchTask(TASKS, ' 봄  신상품 관심 고객')).toEqual({ taskId: '5a0c1e2d-0000-4000-8000-1f2e3d4c5b6a' })
    expect(matchTask(TASKS, 'ｖｉｐ 재구매')).toEqual({ taskId: '7b1d2f3e-0000-4000-8000-2a3b4c5d6e7f' })
  })

  it('that names no task suggests only the names really like it', () => {
    expect(matchTask(TASKS, '여름 캠페인')).toEqual({ problem: 'task-not-found', closest: ['여름 캠페인 2026'] })
    expect(matchTask(TASKS, 'VIP 재구메')).toEqual({ problem: 'task-not-found', closest: ['VIP 재구매'] })
    expect(matchTask(TASKS, '겨울 세일')).toEqual({ problem: 'task-not-found', closest: [] })
    expect(matchTask(TASKS, 'ffffffff-0000-4000-8000-000000000000')).toEqual({ problem: 'task-not-found', closest: [] })
    expect(matchTask(TASKS, '')).toEqual({ problem: 'task-not-found', closest: [] })
  })

  it('that two tasks share is ambiguous (the id must be used)', () => {
    expect(matchTask(TASKS, '중복 태스크')).toEqual({ problem: 'task-ambiguous', closest: [] })
  })
})
