import { describe, expect, it } from 'vitest'
import { fromWire, toWire } from '../../../src/shared/ipc/wire'

describe('wire JSON', () => {
  it('round-trips bytes of every value, nested, next to ordinary data', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256)
    const value = { request: { fileName: '상품.xlsx', bytes, nested: [{ inner: new Uint8Array([0, 255]) }] } }
    const back = fromWire(toWire(value)) as typeof value
    expect(back.request.fileName).toBe('상품.xlsx')
    expect(back.request.bytes).toBeInstanceOf(Uint8Array)
    expect([...back.request.bytes]).toEqual([...bytes])
    expect([...(back.request.nested[0]?.inner ?? [])]).toEqual([0, 255])
  })

  it('sends Node Buffers as bytes too', () => {
    expect(fromWire(toWire({ b: Buffer.from('hi') }))).toEqual({ b: new Uint8Array([104, 105]) })
  })

  it('leaves look-alike objects with other keys alone', () => {
    expect(fromWire('{"a":{"$bytes":"aGk=","other":1}}')).toEqual({ a: { $bytes: 'aGk=', other: 1 } })
  })
})
