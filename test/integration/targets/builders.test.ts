import { describe, expect, it } from 'vitest'
import { buildCustomer, buildIntent, buildProductDelete, buildProductInput, buildProductPatch, buildRequest, naturalKey } from '../../../src/core/targets'
import { row } from './support'

describe('request builders', () => {
  it('products:create nests metadata.* into metadata with numbers as numbers, lists as arrays and extras as text', () => {
    const built = buildProductInput(row(2, {
      id: 'A-1', url: 'https://cdn.example.com/a.jpg', detection: 'TOP', salesUrl: 'https://shop.example.com/a',
      'metadata.productName': '린넨 셔츠', 'metadata.salesPrice': '39000', 'metadata.discountPercent': '12.5', 'metadata.size': 'S, M ,L',
      'metadata.gender': 'MALE,FEMALE', 'metadata.fabric': '100', 'metadata.productNumber': '₩1,200'
    }))
    expect(built).toEqual({
      id: 'A-1', url: 'https://cdn.example.com/a.jpg', detection: 'TOP', salesUrl: 'https://shop.example.com/a',
      metadata: { productName: '린넨 셔츠', salesPrice: 39000, discountPercent: 12.5, size: ['S', 'M', 'L'], gender: ['MALE', 'FEMALE'], fabric: '100', productNumber: 1200 }
    })
    expect(buildProductInput(row(2, { id: 'A-2', 'metadata.salesPrice': 'call us' })).metadata).toEqual({ salesPrice: 'call us' })
    expect(buildProductInput(row(2, { id: 'A-3' }))).not.toHaveProperty('metadata')
  })

  it('products:update sends only the fields present; delete sends only the id', () => {
    expect(buildProductPatch(row(2, { id: 'A-1', 'metadata.salesPrice': '35000' }))).toEqual({ id: 'A-1', metadata: { salesPrice: 35000 } })
    expect(buildProductPatch(row(2, { id: 'A-1', detection: 'BAG' }))).toEqual({ id: 'A-1', detection: 'BAG' })
    expect(buildProductDelete(row(2, { id: 'A-1', url: 'https://x.example/a.jpg' }))).toBe('A-1')
  })

  it('customers: one shippingAddresses entry from address.* columns, default unless the flag says no; dynamic.* top-level', () => {
    const built = buildCustomer(row(2, {
      email: 'Kim@Example.com', firstName: '길동', lastName: '홍', receiveEmail: 'yes', gender: 'male', login: 'kim',
      'address.address1': '테헤란로 123', 'address.postalCode': '06236', 'address.city': '강남구', 'dynamic.loyaltyTier': 'gold', password: 'typed-Pw-1'
    }))
    expect(built.input).toEqual({
      email: 'Kim@Example.com', firstName: '길동', lastName: '홍', password: 'typed-Pw-1', receiveEmail: 'yes', gender: 'male', login: 'kim',
      address: { address1: '테헤란로 123', postalCode: '06236', city: '강남구' }, dynamicProperties: { loyaltyTier: 'gold' }
    })
    expect(built.generatedPassword).toBeNull()
    expect(built.isDefaultAddress).toBe(true)
    expect(buildCustomer(row(2, { email: 'a@b.co', 'address.city': 'Seoul', 'address.isDefaultAddress': 'false' })).isDefaultAddress).toBe(false)
    expect(buildCustomer(row(2, { email: 'a@b.co', 'address.isDefaultAddress': 'true' })).input).not.toHaveProperty('address')
  })

  it('customers: a password is generated per customer when the cell is empty and returned only beside the input', () => {
    const a = buildCustomer(row(2, { email: 'a@example.com' }))
    const b = buildCustomer(row(3, { email: 'b@example.com' }))
    expect(a.generatedPassword).toMatch(/^.{20}$/)
    expect(a.generatedPassword).not.toBe(b.generatedPassword)
    expect(a.input.password).toBe(a.generatedPassword)
    const request = buildRequest('customers:create', row(4, { email: 'C@Example.com' }))
    expect(Object.keys(request).sort()).toEqual(['generatedPassword', 'key', 'payload'])
    expect(request.key).toBe('c@example.com')
  })

  it('intents: the task by id, or by name for the adapter to resolve', () => {
    expect(buildIntent(row(2, { name: 'n', task_id: 't-1' }))).toEqual({ name: 'n', task_id: 't-1' })
    expect(buildIntent(row(2, { name: 'n', task_name: 'fashion' }))).toEqual({ name: 'n', task_name: 'fashion' })
  })

  it('gives each target its natural key', () => {
    expect(naturalKey('products:update', row(2, { id: 'Ab-1' }))).toBe('Ab-1')
    expect(naturalKey('customers:create', row(2, { email: ' Mixed@Case.COM ' }))).toBe('mixed@case.com')
    expect(naturalKey('intents:create', row(2, { name: '여름 고객' }))).toBe('여름 고객')
    expect(buildRequest('products:delete', row(2, {})).key).toBe('')
  })
})
