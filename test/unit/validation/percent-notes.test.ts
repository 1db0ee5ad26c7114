import { describe, expect, it } from 'vitest'
import { validateRows } from '../../../src/core/validation'

const PRODUCT = { id: 'A-1', url: 'https://img.example/a.jpg', detection: 'TOP', salesUrl: 'https://shop.example/a' }

function issueFor(field: string, sent: string, shown: string, header: string) {
  const row = { rowNumber: 7, values: new Map(Object.entries({ ...PRODUCT, [field]: sent })), percents: new Map([[field, shown]]) }
  const [check] = validateRows([row], 'products:create', { columnNames: new Map([[field, header]]) })
  return check?.issues.find((i) => i.field === field)
}

describe('a number cell that showed a percent', () => {
  it('notes that a discount rate takes the percent shown, in both languages', () => {
    const issue = issueFor('metadata.discountPercent', '15', '15%', '할인율')
    expect(issue).toMatchObject({ code: 'percent-read', severity: 'warning' })
    expect(issue?.message.ko).toBe('“할인율” 열의 15% → 할인율에 15를 보냅니다')
    expect(issue?.message.en).toBe('The “할인율” column shows 15% — Discount (%) is sent as 15')
  })

  it('warns that another number field gets the fraction, and how to send the number instead', () => {
    const issue = issueFor('metadata.reviewScore', '0.9', '90%', '평점')
    expect(issue).toMatchObject({ code: 'percent-read', severity: 'warning' })
    expect(issue?.message.ko).toBe('“평점” 열의 90% → 리뷰 평점에 0.9를 보냅니다 (90% = 0.9). 90을 뜻했다면 % 없이 적어 주세요')
    expect(issue?.message.en).toBe('The “평점” column shows 90% — Review score is sent as 0.9 (90% = 0.9); if you meant 90, write 90 without %')
  })
})
