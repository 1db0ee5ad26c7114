import { describe, expect, it } from 'vitest'
import {
  assignColumn,
  clearConstant,
  emptyMapping,
  extraKeyProblem,
  ignoreColumn,
  isReportColumn,
  mapColumnAsExtra,
  normalizeValueKey,
  providedFields,
  REPORT_COLUMNS,
  setConstant,
  setValueMap,
  suggestExtraKey,
  unmappedRequiredFields
} from '../../../src/shared/mapping'

const headers = ['A', 'B', 'C', '__proto__']

describe('mapping edits', () => {
  it('assignColumn moves a field from another column and leaves the input untouched', () => {
    const start = emptyMapping('products:create', headers)
    const a = assignColumn(start, 0, 'id')
    const b = assignColumn(a, 2, 'id')
    expect(b.columns).toEqual([{ kind: 'ignore' }, { kind: 'ignore' }, { kind: 'field', field: 'id' }, { kind: 'ignore' }])
    expect(a.columns[0]).toEqual({ kind: 'field', field: 'id' })
    expect(start.columns.every((c) => c.kind === 'ignore')).toBe(true)
  })

  it('rejects unknown fields and columns out of range', () => {
    const m = emptyMapping('products:delete', headers)
    expect(() => assignColumn(m, 0, 'url')).toThrow(RangeError)
    expect(() => assignColumn(m, 0, '__proto__')).toThrow(RangeError)
    expect(() => assignColumn(m, 4, 'id')).toThrow(RangeError)
    expect(() => assignColumn(m, -1, 'id')).toThrow(RangeError)
  })

  it('ignoreColumn clears a column', () => {
    const m = ignoreColumn(assignColumn(emptyMapping('products:create', headers), 1, 'url'), 1)
    expect(m.columns[1]).toEqual({ kind: 'ignore' })
  })

  it('maps extras under one key per column, with safe keys only', () => {
    let m = emptyMapping('products:create', headers)
    m = mapColumnAsExtra(m, 0, 'fabric')
    m = mapColumnAsExtra(m, 1, 'fabric')
    expect(m.columns.slice(0, 2)).toEqual([{ kind: 'ignore' }, { kind: 'extra', key: 'fabric' }])
    for (const bad of ['__proto__', 'constructor', 'prototype', '소재', '', '1abc', 'a.b', 'a b', 'productName']) {
      expect(extraKeyProblem('products:create', bad), bad).not.toBeNull()
      expect(() => mapColumnAsExtra(m, 2, bad), bad).toThrow(RangeError)
    }
    expect(extraKeyProblem('products:delete', 'fabric')).not.toBeNull()
    expect(extraKeyProblem('intents:create', 'fabric')).not.toBeNull()
  })

  it('keeps dynamic properties from shadowing profile fields', () => {
    expect(extraKeyProblem('customers:create', 'maritalStatus')).toBeNull()
    for (const bad of ['email', 'firstName', 'address', 'shippingAddresses', 'locale', 'id']) {
      expect(extraKeyProblem('customers:create', bad), bad).not.toBeNull()
    }
  })

  it('suggests ASCII camelCase extra keys', () => {
    expect(suggestExtraKey('Fabric Type', 0)).toBe('fabricType')
    expect(suggestExtraKey('소재', 4)).toBe('column5')
    expect(suggestExtraKey('constructor', 0)).toBe('constructorValue')
    expect(extraKeyProblem('products:create', suggestExtraKey('Marital status (2024)', 0))).toBeNull()
  })

  it('sets, replaces and clears constants; refuses secret fields', () => {
    let m = emptyMapping('customers:create', headers)
    m = setConstant(m, 'receiveEmail', ' yes ')
    m = setConstant(m, 'receiveEmail', 'no')
    expect(m.constants).toEqual([{ field: 'receiveEmail', value: 'no' }])
    expect(setConstant(m, 'receiveEmail', '  ').constants).toEqual([])
    expect(clearConstant(m, 'receiveEmail').constants).toEqual([])
    expect(() => setConstant(m, 'password', 'Secret123')).toThrow(RangeError)
    expect(() => setConstant(m, 'nope', 'x')).toThrow(RangeError)
  })

  it('sets value maps for enum-like fields only, with allowed targets', () => {
    let m = emptyMapping('products:create', headers)
    m = setValueMap(m, 'detection', '긴팔', 'TOP')
    m = setValueMap(m, 'detection', ' 긴 팔 ', 'OUTWEAR')
    expect(m.valueMaps).toEqual([{ field: 'detection', entries: [{ from: '긴 팔', to: 'OUTWEAR' }] }])
    m = setValueMap(m, 'metadata.gender', '남녀', 'MALE,FEMALE')
    expect(m.valueMaps.find((v) => v.field === 'metadata.gender')?.entries).toEqual([{ from: '남녀', to: 'MALE,FEMALE' }])
    expect(() => setValueMap(m, 'detection', 'x', 'ACCESSORY')).toThrow(RangeError)
    expect(() => setValueMap(m, 'detection', 'x', 'TOP,PANTS')).toThrow(RangeError)
    expect(() => setValueMap(m, 'metadata.productName', 'x', 'y')).toThrow(RangeError)
    m = setValueMap(m, 'detection', '긴 팔', null)
    expect(m.valueMaps.map((v) => v.field)).toEqual(['metadata.gender'])
  })

  it('counts a required field satisfied by a column or a constant', () => {
    let m = emptyMapping('customers:create', ['e', 'f', 'l'])
    expect(unmappedRequiredFields(m, 'customers:create').map((r) => r.anyOf[0])).toEqual(['email', 'firstName', 'lastName', 'receiveEmail'])
    m = assignColumn(assignColumn(assignColumn(m, 0, 'email'), 1, 'firstName'), 2, 'lastName')
    m = setConstant(m, 'receiveEmail', 'no')
    expect(unmappedRequiredFields(m, 'customers:create')).toEqual([])
    expect([...providedFields(m)].sort()).toEqual(['email', 'firstName', 'lastName', 'receiveEmail'])
  })

  it('lets a constant satisfy one of task_id / task_name', () => {
    let m = assignColumn(emptyMapping('intents:create', ['n']), 0, 'name')
    expect(unmappedRequiredFields(m, 'intents:create')).toEqual([{ anyOf: ['task_id', 'task_name'] }])
    m = setConstant(m, 'task_name', 'summer')
    expect(unmappedRequiredFields(m, 'intents:create')).toEqual([])
  })

  it('recognises report columns in both languages', () => {
    expect(REPORT_COLUMNS).toEqual(['Sheetport status', 'Sheetport reason', 'Sheetport source row', 'Sheetport source sheet'])
    expect(isReportColumn('Sheetport 원본 시트')).toBe(true)
    expect(isReportColumn(' sheetport  STATUS ')).toBe(true)
    expect(isReportColumn('Sheetport 사유')).toBe(true)
    expect(isReportColumn('status')).toBe(false)
  })

  it('normalises value keys for user maps', () => {
    expect(normalizeValueKey(" Men's ")).toBe('mens')
    expect(normalizeValueKey('-')).toBe('-')
  })
})
