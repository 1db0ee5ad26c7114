import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '../../../src/core/services/field-issue'
import { checkIntent } from '../../../src/core/services/nclue/check-intent'
import { pickTask } from '../../../src/core/services/nclue/reconcile'
import { statusSchema } from '../../../src/core/services/nclue/schemas'

describe('NCLUE pure helpers', () => {
  it('checks names 1–100 characters (code points) and a task', () => {
    expect(checkIntent({ name: 'a'.repeat(100), task_id: 't' })).toEqual([])
    expect(checkIntent({ name: '가'.repeat(100), task_id: 't' })).toEqual([])
    expect(checkIntent({ name: '😀'.repeat(100), task_id: 't' })).toEqual([])
    expect(checkIntent({ name: 'a'.repeat(101), task_id: 't' }).map((i) => i.code)).toEqual(['too-long'])
    expect(checkIntent({ name: ' ', task_id: '' }).map((i) => i.code)).toEqual(['required', 'required'])
  })
  it('normalises complete → completed and refuses unknown statuses', () => {
    expect(statusSchema.parse('complete')).toBe('completed')
    expect(statusSchema.parse('in_progress')).toBe('in_progress')
    expect(statusSchema.safeParse('done').success).toBe(false)
  })
  it('picks tasks by id, then unique name; refuses missing and ambiguous names', () => {
    const tasks = [{ task_id: 'id-1', task_name: 'Fashion' }, { task_id: 'id-2', task_name: 'Twin' }, { task_id: 'id-3', task_name: 'Twin' }]
    expect(pickTask(tasks, 'id-2')).toBe('id-2')
    expect(pickTask(tasks, ' Fashion ')).toBe('id-1')
    expect(() => pickTask(tasks, 'Twin')).toThrow(InvalidInputError)
    expect(() => pickTask(tasks, 'Nope')).toThrow(/No NCLUE task/)
  })
})
