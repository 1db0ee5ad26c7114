import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ncpAuthHeaders, signRequest, signedPathOf } from '../../../src/core/services/nclue/signature'

describe('NCP signature v2', () => {
  it('matches known-answer vectors computed once with openssl in a shell', () => {
    // printf 'GET /api/v1/profile/shopping-intents?index=0&limit=20\n1700000000000\nAKIAEXAMPLEACCESSKEY' \
    //   | openssl dgst -sha256 -hmac 'example-secret-key-0123456789' -binary | openssl enc -base64
    expect(signRequest('GET', '/api/v1/profile/shopping-intents?index=0&limit=20', 1700000000000, 'AKIAEXAMPLEACCESSKEY', 'example-secret-key-0123456789'))
      .toBe('R/NNyI/OvtM16io90zJDMW6L5oytZWyPVU/X6gLBb8k=')
    // printf 'POST /api/v1/profile/shopping-intents\n1732607247000\nncp-access-key-ID' | openssl dgst -sha256 -hmac 'ncp-secret-key-XYZ' -binary | openssl enc -base64
    expect(signRequest('post', '/api/v1/profile/shopping-intents', '1732607247000', 'ncp-access-key-ID', 'ncp-secret-key-XYZ'))
      .toBe('v/eiwxIWRDTcNjEf6+mN914XKpINcO1q0LA/fCId53Y=')
  })

  it('agrees with an independent HMAC written out here (three lines, LF, no trailing newline)', () => {
    const method = 'DELETE'
    const path = '/api/v1/profile/shopping-intents/bce6d560-99ce-4a26-809d-03f750371d52'
    const ts = '1761000000123'
    const ak = 'access-é-key'
    const sk = 'sécret-key/+='
    const stringToSign = [`${method} ${path}`, ts, ak].join('\n')
    const independent = createHmac('sha256', Buffer.from(sk, 'utf8')).update(Buffer.from(stringToSign, 'utf8')).digest().toString('base64')
    expect(signRequest(method, path, Number(ts), ak, sk)).toBe(independent)
    expect(signRequest(method, path, Number(ts), ak, sk)).not.toBe(signRequest(method, `${path}\n`, Number(ts), ak, sk))
  })

  it('signs the full request path including /api/v1 and the raw query; no "?" without a query', () => {
    const withQuery = new URL('https://nclue.apigw.ntruss.com/api/v1/tasks?index=100&limit=100')
    expect(signedPathOf(withQuery)).toBe('/api/v1/tasks?index=100&limit=100')
    expect(signedPathOf(new URL('https://nclue.apigw.ntruss.com/api/v1/profile/shopping-intents'))).toBe('/api/v1/profile/shopping-intents')
    const headers = ncpAuthHeaders('GET', withQuery, 1700000000000, 'ak', 'sk-secret')
    expect(headers['x-ncp-apigw-timestamp']).toBe('1700000000000')
    expect(headers['x-ncp-iam-access-key']).toBe('ak')
    const manual = createHmac('sha256', 'sk-secret').update('GET /api/v1/tasks?index=100&limit=100\n1700000000000\nak').digest('base64')
    expect(headers['x-ncp-apigw-signature-v2']).toBe(manual)
  })
})
