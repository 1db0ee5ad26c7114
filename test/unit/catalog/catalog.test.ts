import { describe, expect, it } from 'vitest'
import {
  allowedValuesOf,
  CATALOGS,
  catalogFor,
  DETECTION_VALUE_LABELS,
  DETECTION_VALUES,
  extraPrefix,
  FIELD_TYPE_LABELS,
  findField
} from '../../../src/shared/catalog'
import { SERVICE_OF_TARGET, TARGETS } from '../../../src/shared/targets'

const DOCUMENTED_DETECTION = [
  'SHOES', 'BAG', 'HAT', 'GLASSES', 'BELT', 'WATCH', 'TOP', 'OUTWEAR', 'SKIRT', 'PANTS',
  'WHOLEBODY', 'JEWELRY', 'GLOVES', 'HAIR_ACCESSORIES', 'KEY_RING', 'SCARF/MUFFLER', 'SOCKS', 'SWIMWEARS', 'TIE', 'AUTO_DETECT'
]

const METADATA = [
  'productName', 'brand', 'productNumber', 'season', 'gender', 'discountPercent', 'discountPrice', 'salesPrice',
  'mobilePrice', 'originPrice', 'memberPrice', 'currency', 'reviewScore', 'reviewCount', 'montlyPurchase', 'views',
  'cumulativeSales', 'likeCount', 'color', 'size', 'tag', 'branceOffice', 'furnishChannel', 'tip'
]

const names = (target: (typeof TARGETS)[number]): string[] => catalogFor(target).fields.map((f) => f.name)
const required = (target: (typeof TARGETS)[number]): string[] => catalogFor(target).fields.filter((f) => f.required).map((f) => f.name)

describe('catalogs', () => {
  it('has one catalog per target, for the right service', () => {
    for (const target of TARGETS) {
      expect(CATALOGS[target].target).toBe(target)
      expect(CATALOGS[target].service).toBe(SERVICE_OF_TARGET[target])
      expect(catalogFor(target)).toBe(CATALOGS[target])
    }
  })

  it.each(TARGETS)('%s: every field has both labels and help, unique names and labels', (target) => {
    const catalog = catalogFor(target)
    expect(catalog.label.ko).not.toBe('')
    expect(catalog.label.en).not.toBe('')
    for (const f of catalog.fields) {
      expect(f.label.ko.trim(), f.name).not.toBe('')
      expect(f.label.en.trim(), f.name).not.toBe('')
      expect(f.help.ko.trim().length, f.name).toBeGreaterThan(5)
      expect(f.help.en.trim().length, f.name).toBeGreaterThan(5)
      expect(/[가-힣]/.test(f.label.ko), `${f.name} Korean label`).toBe(true)
      expect(/[가-힣]/.test(f.help.ko), `${f.name} Korean help`).toBe(true)
      if (f.type === 'enum' || f.type === 'enumList') expect(f.allowed?.length, f.name).toBeGreaterThan(0)
      else expect(f.allowed, f.name).toBeUndefined()
    }
    const fieldNames = names(target)
    expect(new Set(fieldNames).size).toBe(fieldNames.length)
    for (const lang of ['ko', 'en'] as const) {
      const labels = catalog.fields.map((f) => f.label[lang].toLowerCase())
      expect(new Set(labels).size, lang).toBe(labels.length)
    }
  })

  it('lists exactly the 20 documented detection values', () => {
    expect([...DETECTION_VALUES]).toEqual(DOCUMENTED_DETECTION)
    const detection = findField('products:create', 'detection')
    expect(detection?.type).toBe('enum')
    expect(detection?.allowed).toEqual(DOCUMENTED_DETECTION)
    expect(detection?.allowed).not.toContain('BOTTOM')
    expect(detection?.allowed).not.toContain('ACCESSORY')
    for (const v of DETECTION_VALUES) expect(DETECTION_VALUE_LABELS[v].ko).not.toBe('')
    expect(detection?.help.ko).toContain('OUTWEAR')
    expect(detection?.help.en).toContain('WHOLEBODY')
  })

  it('products:create has the documented fields and required flags (seed 003)', () => {
    expect(names('products:create')).toEqual(['id', 'url', 'detection', 'salesUrl', 'mobileSalesUrl', ...METADATA.map((m) => `metadata.${m}`)])
    expect(required('products:create')).toEqual(['id', 'url', 'detection', 'salesUrl'])
    expect(findField('products:create', 'id')).toMatchObject({ type: 'id', maxLength: 50 })
    expect(findField('products:create', 'url')?.type).toBe('url')
    expect(findField('products:create', 'salesUrl')?.type).toBe('url')
    expect(findField('products:create', 'metadata.productNumber')?.type).toBe('number')
    expect(findField('products:create', 'metadata.currency')?.type).toBe('text')
    expect(findField('products:create', 'metadata.gender')).toMatchObject({ type: 'enumList', allowed: ['MALE', 'FEMALE', 'UNISEX'] })
    for (const n of ['discountPercent', 'discountPrice', 'salesPrice', 'mobilePrice', 'originPrice', 'memberPrice', 'reviewScore', 'reviewCount', 'montlyPurchase', 'views', 'cumulativeSales', 'likeCount']) {
      expect(findField('products:create', `metadata.${n}`)?.type, n).toBe('number')
    }
    for (const n of ['season', 'color', 'size', 'tag', 'branceOffice', 'furnishChannel', 'tip']) {
      expect(findField('products:create', `metadata.${n}`)?.type, n).toBe('textList')
    }
    expect(catalogFor('products:create').extras).toBe('metadata')
  })

  it('products:update has the same fields with only id required; delete has only id', () => {
    expect(names('products:update')).toEqual(names('products:create'))
    expect(required('products:update')).toEqual(['id'])
    expect(catalogFor('products:update').extras).toBe('metadata')
    expect(names('products:delete')).toEqual(['id'])
    expect(required('products:delete')).toEqual(['id'])
    expect(catalogFor('products:delete').extras).toBeNull()
  })

  it('customers:create follows OCC createProfile (seed 002) with one flattened address', () => {
    expect(required('customers:create')).toEqual(['email', 'firstName', 'lastName', 'receiveEmail'])
    expect(findField('customers:create', 'password')).toMatchObject({ type: 'password', secret: true, required: false })
    expect(findField('customers:create', 'receiveEmail')?.type).toBe('yesNo')
    expect(findField('customers:create', 'email')?.type).toBe('email')
    expect(findField('customers:create', 'dateOfBirth')?.type).toBe('date')
    expect(findField('customers:create', 'gender')).toMatchObject({ type: 'enum', allowed: ['male', 'female'] })
    const address = names('customers:create').filter((n) => n.startsWith('address.'))
    expect(address).toEqual(
      ['firstName', 'lastName', 'address1', 'address2', 'address3', 'city', 'county', 'state', 'state_ISOCode', 'country', 'postalCode', 'phoneNumber', 'companyName', 'alias', 'isDefaultAddress'].map((k) => `address.${k}`)
    )
    expect(findField('customers:create', 'address.postalCode')?.type).toBe('text')
    expect(findField('customers:create', 'address.phoneNumber')?.type).toBe('text')
    expect(findField('customers:create', 'address.isDefaultAddress')?.type).toBe('boolean')
    expect(catalogFor('customers:create').extras).toBe('dynamicProperties')
    expect(catalogFor('customers:create').fields.filter((f) => f.secret).map((f) => f.name)).toEqual(['password'])
  })

  it('intents:create needs a name and exactly one of task_id / task_name', () => {
    expect(names('intents:create')).toEqual(['name', 'task_id', 'task_name'])
    expect(findField('intents:create', 'name')).toMatchObject({ required: true, type: 'text', maxLength: 100 })
    expect(required('intents:create')).toEqual(['name'])
    expect(catalogFor('intents:create').requiresOneOf).toEqual([['task_id', 'task_name']])
    expect(findField('intents:create', 'task_name')?.help.ko).toContain('하나만')
    expect(catalogFor('intents:create').extras).toBeNull()
  })

  it('every requiresOneOf group names real, optional fields', () => {
    for (const target of TARGETS) {
      for (const group of catalogFor(target).requiresOneOf ?? []) {
        for (const name of group) expect(findField(target, name)?.required).toBe(false)
      }
    }
  })

  it('gives prefixes, allowed values and plain-word type labels', () => {
    expect(extraPrefix('products:create')).toBe('metadata.')
    expect(extraPrefix('customers:create')).toBe('dynamic.')
    expect(extraPrefix('intents:create')).toBeNull()
    expect(findField('products:create', 'nope')).toBeUndefined()
    expect(findField('products:create', '__proto__')).toBeUndefined()
    const receive = findField('customers:create', 'receiveEmail')
    const isDefault = findField('customers:create', 'address.isDefaultAddress')
    expect(receive && allowedValuesOf(receive)).toEqual(['yes', 'no'])
    expect(isDefault && allowedValuesOf(isDefault)).toEqual(['true', 'false'])
    for (const target of TARGETS) for (const f of catalogFor(target).fields) expect(FIELD_TYPE_LABELS[f.type].ko).not.toBe('')
  })
})
