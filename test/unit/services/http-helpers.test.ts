import { describe, expect, it } from 'vitest'
import { parseJsonText } from '../../../src/core/http/parse-json'
import { redact } from '../../../src/core/http/redact'
import { parseRetryAfter } from '../../../src/core/http/retry-after'
import { ServiceError } from '../../../src/core/http/service-error'
import { describeTransportFailure } from '../../../src/core/http/transport-failure'

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z')
  it('reads seconds and HTTP-dates, rejects garbage', () => {
    expect(parseRetryAfter('2', now)).toBe(2000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
    expect(parseRetryAfter('86400', now)).toBe(86_400_000)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0)
    for (const bad of [null, undefined, '', 'soon', '-3', '1.5', '2 seconds']) expect(parseRetryAfter(bad, now)).toBeUndefined()
  })
})

describe('parseJsonText', () => {
  it('parses JSON labelled text/plain, strips a BOM, reports HTML and garbage', () => {
    expect(parseJsonText('{"a":1}', 'text/plain;charset=UTF-8')).toEqual({ ok: true, value: { a: 1 } })
    expect(parseJsonText('\uFEFF[1]', null)).toEqual({ ok: true, value: [1] })
    expect(parseJsonText('', 'application/json')).toEqual({ ok: true, value: undefined })
    expect(parseJsonText('<html><body>Login</body></html>', 'text/html')).toEqual({ ok: false, problem: 'html' })
    expect(parseJsonText('{"a":', 'application/json')).toEqual({ ok: false, problem: 'not-json' })
  })
})

describe('redact', () => {
  it('removes secrets in plain, percent-encoded, base64 and JSON-escaped form', () => {
    const secret = 'sk/"live"+key 42'
    const text = `a ${secret} b ${encodeURIComponent(secret)} c ${Buffer.from(secret).toString('base64')} d ${JSON.stringify(secret)}`
    const out = redact(text, [secret])
    expect(out).not.toContain(secret)
    expect(out).not.toContain(encodeURIComponent(secret))
    expect(out).not.toContain(Buffer.from(secret).toString('base64'))
    expect(out).toContain('[redacted]')
    expect(redact('abc', ['', 'a'])).toBe('abc')
  })
})

describe('ServiceError', () => {
  it('derives retrySafe from ambiguity and idempotency, and transient from kind', () => {
    const e = (kind: ServiceError['kind'], ambiguous: boolean, idempotent: boolean) => new ServiceError({ kind, service: 'X', message: 'm', ambiguous, idempotent })
    expect(e('timeout', true, false).retrySafe).toBe(false)
    expect(e('timeout', true, true).retrySafe).toBe(true)
    expect(e('rate-limited', false, false).retrySafe).toBe(true)
    expect(e('rejected', false, false).transient).toBe(false)
    expect(e('server', true, false).transient).toBe(true)
    expect(e('server', true, false)).not.toHaveProperty('cause')
  })
})

describe('describeTransportFailure', () => {
  it('knows which connection failures happened before anything was sent, never keeping the error', () => {
    const wrap = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('x'), { code }) })
    expect(describeTransportFailure(wrap('ECONNREFUSED')).maybeSent).toBe(false)
    expect(describeTransportFailure(wrap('ENOTFOUND')).maybeSent).toBe(false)
    expect(describeTransportFailure(wrap('UND_ERR_SOCKET')).maybeSent).toBe(true)
    expect(describeTransportFailure(wrap('ECONNRESET')).maybeSent).toBe(true)
    const invalidHeader = new TypeError('Headers.append: "secret\n" is an invalid header value.')
    const described = describeTransportFailure(invalidHeader)
    expect(described.maybeSent).toBe(false)
    expect(JSON.stringify(described)).not.toContain('secret')
  })
})
