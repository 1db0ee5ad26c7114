import { describe, expect, it } from 'vitest'
import { summarizeChecks, validateRows } from '../../../src/core/validation'
import { row } from './support'

const ROWS = 100_000

describe('validating a large file', () => {
  it(`checks ${ROWS.toLocaleString('en')} rows × 10 columns without anything pathological`, () => {
    const rows = Array.from({ length: ROWS }, (_, i) =>
      row(i + 2, {
        id: `SKU-${i}`, url: `https://cdn.example.com/${i}.jpg`, detection: i % 1000 === 0 ? 'TOPS' : 'TOP', salesUrl: `https://shop.example.com/p/${i}`,
        'metadata.productName': '린넨 셔츠', 'metadata.brand': 'Sheetport', 'metadata.salesPrice': '39000', 'metadata.originPrice': '45000',
        'metadata.color': 'black, white', 'metadata.gender': 'UNISEX'
      })
    )
    rows.push(row(ROWS + 2, { id: 'SKU-7', url: 'https://cdn.example.com/7.jpg', detection: 'TOP', salesUrl: 'https://shop.example.com/p/7' }))
    const started = performance.now()
    const checks = validateRows(rows, 'products:create')
    const ms = performance.now() - started
    console.info(`validated ${rows.length} rows in ${Math.round(ms)} ms`)
    expect(summarizeChecks(checks)).toEqual({ ready: ROWS + 1 - 101, needsAttention: 101, warnings: 0 })
  })
})
