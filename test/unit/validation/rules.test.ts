import { describe, expect, it } from 'vitest'
import type { TargetId } from '../../../src/shared/targets'
import { CUSTOMER, HANGUL, issuesOf, PRODUCT } from './support'

const INTENT = { name: 'summer shoppers', task_name: 'fashion' }

/** [rule, target, row, field, code, an English phrase of the message]. */
const CASES: Array<[string, TargetId, Record<string, string>, string, string, RegExp]> = [
  ['required', 'products:create', { ...PRODUCT, salesUrl: '' }, 'salesUrl', 'required', /Product page URL is empty — fill in the Product page URL column/],
  ['required (customer email)', 'customers:create', { ...CUSTOMER, email: '' }, 'email', 'required', /^Email is empty — fill in the Email column$/],
  ['required (yes/no field)', 'customers:create', { ...CUSTOMER, receiveEmail: '' }, 'receiveEmail', 'required', /is empty/],
  ['number', 'products:create', { ...PRODUCT, 'metadata.salesPrice': 'about 3만원' }, 'metadata.salesPrice', 'not-a-number', /must be a number/],
  ['date', 'customers:create', { ...CUSTOMER, dateOfBirth: '2023-02-29' }, 'dateOfBirth', 'invalid-date', /2024-03-05/],
  ['email', 'customers:create', { ...CUSTOMER, email: 'jane.example.com' }, 'email', 'invalid-email', /does not look like an email/],
  ['url scheme', 'products:create', { ...PRODUCT, url: 'ftp://cdn.example.com/a.jpg' }, 'url', 'invalid-url', /https:\/\//],
  ['url without scheme', 'products:update', { id: 'SKU-1', salesUrl: 'www.example.com/p' }, 'salesUrl', 'invalid-url', /full web address/],
  ['id too long', 'products:create', { ...PRODUCT, id: 'A'.repeat(51) }, 'id', 'too-long', /at most 50 characters/],
  ['id characters', 'products:delete', { id: '상품 1' }, 'id', 'invalid-characters', /- \. _ ~/],
  ['enum (detection)', 'products:create', { ...PRODUCT, detection: 'TOPS' }, 'detection', 'not-allowed', /one of: SHOES, BAG, .*SCARF\/MUFFLER.*AUTO_DETECT/],
  ['enum (customer gender)', 'customers:create', { ...CUSTOMER, gender: 'other' }, 'gender', 'not-allowed', /one of: male, female/],
  ['enumList (product gender)', 'products:create', { ...PRODUCT, 'metadata.gender': 'MALE,UNISEX' }, 'metadata.gender', 'invalid-gender', /MALE, FEMALE or UNISEX/],
  ['yesNo', 'customers:create', { ...CUSTOMER, receiveEmail: 'maybe' }, 'receiveEmail', 'not-yes-no', /yes or no/],
  ['boolean', 'customers:create', { ...CUSTOMER, 'address.city': 'Seoul', 'address.isDefaultAddress': 'perhaps' }, 'address.isDefaultAddress', 'not-yes-no', /yes or no/],
  ['maxLength', 'intents:create', { ...INTENT, name: 'n'.repeat(101) }, 'name', 'too-long', /at most 100 characters/],
  ['requiresOneOf: none', 'intents:create', { name: 'x' }, 'task_id', 'missing-one-of', /^Task ID and Task name are both empty — fill in one of them$/],
  ['requiresOneOf: both', 'intents:create', { ...INTENT, task_id: 't-1' }, 'task_name', 'both-of', /keep only one/],
  ['update changes nothing', 'products:update', { id: 'SKU-1' }, 'id', 'nothing-to-update', /changes nothing/],
  ['custom property name', 'customers:create', { ...CUSTOMER, 'dynamic.login': 'x' }, 'dynamic.login', 'invalid-property-name', /custom property name/]
]

describe('validateRows: one rule at a time, in both languages', () => {
  it.each(CASES)('%s', (_rule, target, values, field, code, english) => {
    const issues = issuesOf(target, values)
    const issue = issues.find((i) => i.field === field)
    expect(issue, JSON.stringify(issues)).toMatchObject({ code, severity: 'error' })
    expect(issue?.message.en).toMatch(english)
    expect(issue?.message.en).toMatch(/ — \S/)
    expect(issue?.message.ko).toMatch(HANGUL)
    expect(issue?.message.ko).toMatch(/ — \S/)
  })

  it('passes valid rows of every target', () => {
    expect(issuesOf('products:create', { ...PRODUCT, 'metadata.salesPrice': '39000', 'metadata.gender': 'MALE,FEMALE', 'metadata.color': 'black, white', 'metadata.fabric': 'linen' })).toEqual([])
    expect(issuesOf('products:update', { id: 'SKU-1', 'metadata.salesPrice': '35000' })).toEqual([])
    expect(issuesOf('products:delete', { id: 'SKU-1' })).toEqual([])
    expect(issuesOf('customers:create', { ...CUSTOMER, gender: 'female', dateOfBirth: '1990-03-05', 'address.city': 'Seoul', 'address.isDefaultAddress': 'true', 'dynamic.tier': 'gold' })).toEqual([])
    expect(issuesOf('intents:create', { name: '가'.repeat(100), task_id: 't-1' })).toEqual([])
  })

  it('words Korean particles after the label: 이메일이 / 상품코드가 / 이미지 URL은', () => {
    expect(issuesOf('customers:create', { ...CUSTOMER, email: '' })[0]?.message.ko).toBe('이메일이 비어 있습니다 — 이메일 열을 채워 주세요')
    expect(issuesOf('products:delete', {})[0]?.message.ko).toBe('상품코드가 비어 있습니다 — 상품코드 열을 채워 주세요')
    expect(issuesOf('products:create', { ...PRODUCT, url: 'x' })[0]?.message.ko).toMatch(/^대표 이미지 URL은 /)
  })

  it('names the user’s own column when its header is given', () => {
    const issues = issuesOf('customers:create', { ...CUSTOMER, email: '' }, { columnNames: new Map([['email', 'E-mail 주소']]) })
    expect(issues[0]?.message).toEqual({ en: 'Email is empty — fill in the “E-mail 주소” column', ko: '이메일이 비어 있습니다 — “E-mail 주소” 열을 채워 주세요' })
  })

  it('names the column by its sheet letter too, so it can be found in Excel', () => {
    const issues = issuesOf('customers:create', { ...CUSTOMER, email: '' }, { columnNames: new Map([['email', 'E-mail 주소']]), columnLetters: new Map([['email', 'D']]) })
    expect(issues[0]?.message).toEqual({ en: 'Email is empty — fill in column D “E-mail 주소”', ko: '이메일이 비어 있습니다 — D열 “E-mail 주소”를 채워 주세요' })
    const noHeader = issuesOf('customers:create', { ...CUSTOMER, email: '' }, { columnLetters: new Map([['email', 'AB']]) })
    expect(noHeader[0]?.message).toEqual({ en: 'Email is empty — fill in column AB', ko: '이메일이 비어 있습니다 — AB열을 채워 주세요' })
  })

  it('reports one problem per cell', () => {
    const issues = issuesOf('products:create', { id: 'bad id', url: 'nope', detection: 'X', salesUrl: 'nope' })
    expect(issues.map((i) => i.field)).toEqual(['id', 'url', 'salesUrl', 'detection'])
  })

  it('warns (without blocking) about the template example row and an ignored default-address "no"', () => {
    const example = issuesOf('customers:create', { ...CUSTOMER, email: 'gildong.hong@example.com' })
    expect(example).toEqual([expect.objectContaining({ field: null, code: 'template-example', severity: 'warning' })])
    expect(issuesOf('products:create', { ...PRODUCT, id: '000123', url: 'https://example.com/images/000123.jpg' }).map((i) => i.code)).toEqual(['template-example'])
    expect(issuesOf('customers:create', { ...CUSTOMER, email: 'gildong.hong@example.com' }, { checkTemplateExample: false })).toEqual([])
    const flag = issuesOf('customers:create', { ...CUSTOMER, 'address.city': 'Seoul', 'address.isDefaultAddress': 'false' })
    expect(flag).toEqual([expect.objectContaining({ code: 'default-address-ignored', severity: 'warning' })])
    expect(flag[0]?.message.ko).toMatch(HANGUL)
  })

  it('never quotes a cell value, so a password cannot leak into a message', () => {
    const secret = 'Zebra-Secret-Pw-9931'
    const issues = issuesOf('customers:create', { email: secret, password: secret, receiveEmail: secret, gender: secret, dateOfBirth: secret })
    expect(issues.length).toBeGreaterThan(3)
    expect(JSON.stringify(issues)).not.toContain(secret)
  })
})
