import { describe, expect, it } from 'vitest'
import { summarizeChecks, validateRows } from '../../../src/core/validation'
import { CUSTOMER, row } from './support'

describe('summarizeChecks', () => {
  it('counts ready rows, rows needing attention and rows with warnings; ready + attention = all rows', () => {
    const rows = [
      row(2, CUSTOMER),
      row(3, { ...CUSTOMER, email: 'b@example.com', firstName: '' }),
      row(4, { ...CUSTOMER, email: 'gildong.hong@example.com' }),
      row(5, { ...CUSTOMER, email: 'gildong.hong@example.com', lastName: '' }),
      row(6, CUSTOMER)
    ]
    const summary = summarizeChecks(validateRows(rows, 'customers:create'))
    expect(summary).toEqual({ ready: 2, needsAttention: 3, warnings: 2 })
    expect(summarizeChecks([])).toEqual({ ready: 0, needsAttention: 0, warnings: 0 })
  })
})
