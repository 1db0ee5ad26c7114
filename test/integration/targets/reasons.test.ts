import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/core/http/service-error'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { OccStorefrontClient } from '../../../src/core/services/occ/storefront-client'
import { REASON_TEXTS, reasonForCode, reasonForError, reasonForFailMessage, reasonForProductFailure } from '../../../src/core/targets'
import { rejection } from './support'

const HANGUL = /[\uac00-\ud7a3]/

let emu: PracticeServer
beforeAll(async () => {
  emu = await startPracticeServer({ limits: { occ: null } })
})
afterAll(async () => emu.close())

describe('plain-language reasons', () => {
  it('has Korean and English text with a suggested fix for every code', () => {
    for (const [code, text] of Object.entries(REASON_TEXTS)) {
      expect(text.en, code).toMatch(/ — \S/)
      expect(text.ko, code).toMatch(HANGUL)
      expect(text.ko, code).toMatch(/ — \S/)
    }
  })

  it('rewrites the OCC error codes the emulator really sends (22003, 22005, 22004, 200019)', async () => {
    const client = new OccStorefrontClient({ baseUrl: emu.baseUrls.occ })
    const base = { email: 'r1@example.com', firstName: 'a', lastName: 'b', password: 'Pw-123456', receiveEmail: 'no' as const }
    const reasonOf = async (input: typeof base) => reasonForError((await rejection(client.createProfile(input))) as ServiceError)
    expect(await reasonOf({ ...base, email: '' })).toEqual({ code: 'email-empty', message: { en: 'Email is empty — fill in the email column', ko: '이메일이 비어 있습니다 — 이메일 열을 채워 주세요' } })
    expect((await reasonOf({ ...base, password: '' })).code).toBe('password-empty')
    expect((await reasonOf({ ...base, email: 'internal-error@example.com' })).message.en).toMatch(/try again later/)
    await client.createProfile(base)
    expect((await reasonOf(base)).message.en).toBe('This email already has an account — remove the row or use a different email')
  })

  it('rewrites 22024, NCLUE codes and transport failures', () => {
    const error = (kind: ServiceError['kind'], reason?: string) => ({ kind, reason, message: 'raw' })
    expect(reasonForError(error('rejected', 'not-a-string')).message.en).toMatch(/must be text/)
    expect(reasonForError(error('rejected', 'name-too-long')).code).toBe('name-too-long')
    expect(reasonForError(error('rejected', 'duplicate-name')).message.ko).toBe('같은 이름의 프로필이 이미 있습니다 — 다른 이름을 쓰세요')
    expect(reasonForError(error('timeout')).code).toBe('timeout')
    expect(reasonForError(error('network', 'ECONNRESET')).code).toBe('network-error')
    expect(reasonForError(error('rate-limited')).code).toBe('rate-limited')
    expect(reasonForError(error('server')).code).toBe('server-error')
    expect(reasonForError(error('auth', 'credentials-invalid')).message.en).toMatch(/key/)
    expect(reasonForError(error('auth', 'clock-skew')).message.en).toMatch(/clock/)
    expect(reasonForCode('ECONNREFUSED').code).toBe('network-error')
    expect(reasonForCode('constructor').message.en).toBe('The service refused this row — check its values')
    expect(reasonForCode('http-400', 'weird thing').message.en).toBe('The service said: “weird thing” — check this row; if that is unclear, ask the service’s support')
  })

  it('rewrites OMNICOMMERCE failure texts per operation and quotes unknown ones verbatim', () => {
    expect(reasonForProductFailure('Block duplicate products.', 'create').message.en).toBe('This product id already exists — use Update instead')
    expect(reasonForProductFailure('bad reqeust', 'create').message.en).toBe('The service refused this product — check the id, image URL and category')
    expect(reasonForProductFailure('bad reqeust', 'delete').code).toBe('product-unknown')
    expect(reasonForProductFailure('fail to prove image from url.', 'update').message.en).toBe('The image URL could not be opened — check that the link works in a browser')
    const unknown = reasonForProductFailure('quota for images exceeded', 'create')
    expect(unknown.code).toBe('service-said')
    expect(unknown.message.en).toContain('The service said: “quota for images exceeded”')
    expect(unknown.message.ko).toContain('“quota for images exceeded”')
  })

  it('rewrites every documented NCLUE fail_message', () => {
    for (const m of ['COMMON_ERROR', 'DISK_SPACE_SHORTAGE', 'DUPLICATE_USERID', 'LIMIT_ERROR_MID_LENGTH', 'NOT_EXIST_FILE', 'NUM_OF_LABEL_INSUFFICIENT',
      'OBS_DOWNLOAD_FAILED', 'OBS_UPLOAD_FAILED', 'OBS_USER_FILE_ACCESS_ERROR', 'UNEXPECTED_FILE_TYPE', 'UNEXPECTED_LABEL', 'UNEXPECTED_TXT_FORMAT']) {
      const reason = reasonForFailMessage(m)
      expect(reason.code).toBe(m.toLowerCase().replace(/_/g, '-'))
      expect(reason.message.en).not.toContain(m)
    }
    expect(reasonForFailMessage(undefined).code).toBe('profiling-failed')
    expect(reasonForFailMessage('GPU_ON_FIRE')).toMatchObject({ code: 'profiling-failed', message: { en: expect.stringContaining('“GPU_ON_FIRE”') } })
  })
})
