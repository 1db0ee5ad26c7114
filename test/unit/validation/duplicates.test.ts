import { describe, expect, it } from 'vitest'
import { validateRows } from '../../../src/core/validation'
import { CUSTOMER, HANGUL, PRODUCT, row } from './support'

const duplicatesOf = (checks: ReturnType<typeof validateRows>) =>
  checks.map((c) => c.issues.filter((i) => i.code === 'duplicate-in-file').map((i) => [i.field, i.message.en]))

describe('duplicates within the file', () => {
  it('flags every repeat of a product id after the first, naming the first row', () => {
    const rows = [row(12, PRODUCT), row(13, { ...PRODUCT, id: 'sku-1' }), row(14, PRODUCT), row(15, PRODUCT)]
    const checks = validateRows(rows, 'products:create')
    expect(duplicatesOf(checks)).toEqual([
      [],
      [],
      [['id', 'Same product id as row 12 — each product can appear only once']],
      [['id', 'Same product id as row 12 — each product can appear only once']]
    ])
    expect(checks[2]?.issues[0]?.message.ko).toBe('12행과 상품코드가 같습니다 — 같은 상품은 한 번만 넣을 수 있습니다')
    expect(duplicatesOf(validateRows([row(2, { id: 'A' }), row(3, { id: 'A' })], 'products:delete'))[1]).toHaveLength(1)
  })

  it('compares emails case-insensitively', () => {
    const checks = validateRows([row(2, CUSTOMER), row(3, { ...CUSTOMER, email: 'JANE@Example.COM' })], 'customers:create')
    expect(duplicatesOf(checks)[1]).toEqual([['email', 'Same email as row 2 — each customer can appear only once']])
    expect(checks[1]?.issues[0]?.message.ko).toMatch(HANGUL)
  })

  it('flags repeated profile names; rows without a key are left to the required check', () => {
    const rows = [row(2, { name: 'a', task_id: 't' }), row(3, { task_id: 't' }), row(4, { task_id: 't' }), row(5, { name: 'a', task_id: 't' })]
    const checks = validateRows(rows, 'intents:create')
    expect(duplicatesOf(checks)).toEqual([[], [], [], [['name', 'Same profile name as row 2 — each profile name can be used only once']]])
    expect(checks[1]?.issues.map((i) => i.code)).toEqual(['required'])
  })
})
