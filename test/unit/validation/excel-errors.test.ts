import { describe, expect, it } from 'vitest'
import { validateRows } from '../../../src/core/validation'

const row = (values: Record<string, string>) => ({ rowNumber: 7, values: new Map(Object.entries(values)) })

describe('a mapped cell that shows an Excel error', () => {
  it('makes the row need fixing, saying which formula failed and how to fix it, in both languages', () => {
    const [check] = validateRows([row({ id: 'A-1', url: 'https://img.example/a.jpg', detection: 'TOP', salesUrl: 'https://shop.example/a', 'metadata.salesPrice': '#VALUE!' })], 'products:create', { columnNames: new Map([['metadata.salesPrice', '판매가']]) })
    const issue = check?.issues.find((i) => i.field === 'metadata.salesPrice')
    expect(issue).toMatchObject({ code: 'excel-error', severity: 'error' })
    expect(issue?.message.ko).toBe('“판매가” 열에 Excel 오류 #VALUE!가 보입니다 — 수식에 맞지 않는 값이 들어 있습니다 (예: 숫자 자리에 글자). Excel에서 수식을 고치거나 값을 직접 적은 뒤 다시 가져오세요')
    expect(issue?.message.en).toMatch(/^The “판매가” column shows the Excel error #VALUE! — its formula got a value of the wrong kind/)
  })

  it('names the column by its sheet letter when it is known', () => {
    const options = { columnNames: new Map([['metadata.salesPrice', 'Price']]), columnLetters: new Map([['metadata.salesPrice', 'E']]) }
    const [check] = validateRows([row({ id: 'A-1', url: 'https://img.example/a.jpg', detection: 'TOP', salesUrl: 'https://shop.example/a', 'metadata.salesPrice': '#N/A' })], 'products:create', options)
    const issue = check?.issues.find((i) => i.field === 'metadata.salesPrice')
    expect(issue?.message.en).toMatch(/^Column E “Price” shows the Excel error #N\/A/)
    expect(issue?.message.ko).toMatch(/^E열 “Price”에 Excel 오류 #N\/A가 보입니다/)
  })

  it('is told for every error Excel shows, whatever the field', () => {
    for (const error of ['#DIV/0!', '#REF!', '#NAME?', '#N/A', '#NUM!', '#NULL!']) {
      const [check] = validateRows([row({ email: 'kim@example.com', firstName: '민수', lastName: '김', receiveEmail: 'yes', 'address.postalCode': error })], 'customers:create')
      expect(check?.issues.find((i) => i.field === 'address.postalCode')?.code, error).toBe('excel-error')
    }
  })
})
