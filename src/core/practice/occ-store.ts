import { randomUUID } from 'node:crypto'
import { OCC_ASSUMED_ERRORS, OCC_EMAIL_CASE_INSENSITIVE, OCC_EMAIL_TAKEN, OCC_ERROR_MESSAGES, OCC_RECEIVE_EMAIL_VALUES } from '../services/occ/assumptions'
import { PRACTICE_TRIGGERS } from './credentials'

/** A stored shopper profile. The password itself is never kept, only its length. */
export interface StoredOccProfile {
  readonly id: string
  readonly email: string
  readonly login: string
  readonly firstName: string
  readonly lastName: string
  readonly receiveEmail: string
  readonly gender: string | undefined
  readonly dateOfBirth: string | undefined
  readonly shippingAddresses: readonly unknown[]
  readonly dynamicProperties: Readonly<Record<string, unknown>>
  readonly locale: string | undefined
  readonly createdVia: 'store' | 'admin'
  readonly passwordLength: number
}

/** An errorModel code and message (§2.3). */
export interface OccFailure {
  readonly code: string
  readonly message: string
}

const STANDARD = new Set(['email', 'login', 'firstName', 'lastName', 'password', 'receiveEmail', 'gender', 'dateOfBirth', 'shippingAddresses', 'shippingAddress'])
const STRING_FIELDS = ['email', 'login', 'firstName', 'lastName', 'password', 'receiveEmail', 'gender', 'dateOfBirth'] as const

/** Fills the documented "{0}({1})" placeholders. */
const fill = (template: string, ...args: string[]): string => args.reduce((t, a, i) => t.replace(`{${i}}`, a), template)

/**
 * The emulated OCC shopper repository and admin tokens: createProfile
 * validation with the documented codes (22003, 22004, 22005, 22024, assumed
 * 200019 and 22026), case-insensitive unique email/login, and app-key tokens
 * that expire after a configurable lifetime.
 */
export class OccStore {
  readonly profiles = new Map<string, StoredOccProfile>()
  private readonly tokens = new Map<string, number>()
  private nextId = 110026
  /** How many app-key logins and refreshes were granted. */
  tokensIssued = 0

  constructor(
    private readonly tokenTtlMs: number,
    private readonly now: () => number
  ) {}

  /** Validates and stores a createProfile body; returns the new id or the errorModel failure. */
  create(body: unknown, via: 'store' | 'admin', locale: string | undefined): { id: string } | OccFailure {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return OCC_ASSUMED_ERRORS.invalidInput
    const b = body as Record<string, unknown>
    for (const key of STRING_FIELDS) {
      if (b[key] !== undefined && b[key] !== null && typeof b[key] !== 'string') {
        return { code: OCC_ERROR_MESSAGES.notAString.code, message: fill(OCC_ERROR_MESSAGES.notAString.message, key, JSON.stringify(b[key])) }
      }
    }
    const text = (key: string): string => (typeof b[key] === 'string' ? (b[key] as string).trim() : '')
    if (text('email') === '') return OCC_ERROR_MESSAGES.emailEmpty
    if (text('password') === '') return OCC_ERROR_MESSAGES.passwordEmpty
    for (const key of ['firstName', 'lastName']) if (text(key) === '') return { ...OCC_ERROR_MESSAGES.missing, message: fill(OCC_ERROR_MESSAGES.missing.message, key) }
    if (!(OCC_RECEIVE_EMAIL_VALUES as readonly string[]).includes(text('receiveEmail'))) {
      return { ...OCC_ERROR_MESSAGES.missing, message: fill(OCC_ERROR_MESSAGES.missing.message, 'receiveEmail') }
    }
    if (text('email').includes(PRACTICE_TRIGGERS.occInternalError)) return OCC_ERROR_MESSAGES.internal
    const email = text('email')
    const login = text('login') === '' ? email : text('login')
    const same = (a: string, b: string): boolean => (OCC_EMAIL_CASE_INSENSITIVE ? a.toLowerCase() === b.toLowerCase() : a === b)
    const taken = [...this.profiles.values()].some((p) => [p.email, p.login].some((v) => same(v, email) || same(v, login)))
    if (taken) return { code: OCC_EMAIL_TAKEN.code, message: OCC_EMAIL_TAKEN.message }
    const dynamicProperties = Object.fromEntries(Object.entries(b).filter(([k]) => !STANDARD.has(k)))
    const id = String(this.nextId++)
    this.profiles.set(id, {
      id, email, login, firstName: text('firstName'), lastName: text('lastName'), receiveEmail: text('receiveEmail'),
      gender: b.gender as string | undefined, dateOfBirth: b.dateOfBirth as string | undefined,
      shippingAddresses: Array.isArray(b.shippingAddresses) ? b.shippingAddresses : [],
      dynamicProperties, locale, createdVia: via, passwordLength: text('password').length
    })
    return { id }
  }

  /** Profiles matching a SCIM `field eq "value"` filter (only `eq` on one field; email/login case-insensitive). */
  find(q: string | null): StoredOccProfile[] {
    const all = [...this.profiles.values()]
    if (q === null || q.trim() === '') return all
    const m = /^\s*(\w+)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(q)
    if (m === null) return []
    const field = m[1] ?? ''
    const value = (m[2] ?? '').replace(/\\(.)/g, '$1')
    const ci = OCC_EMAIL_CASE_INSENSITIVE && (field === 'email' || field === 'login')
    return all.filter((p) => {
      const v = (p as unknown as Record<string, unknown>)[field] ?? p.dynamicProperties[field]
      return typeof v === 'string' && (ci ? v.toLowerCase() === value.toLowerCase() : v === value)
    })
  }

  /** Issues a fresh access token. */
  issueToken(): string {
    const token = `practice-occ-token-${randomUUID()}`
    this.tokens.set(token, this.now())
    this.tokensIssued++
    return token
  }

  /** Whether `token` was issued and has not expired. */
  tokenValid(token: string): boolean {
    const issued = this.tokens.get(token)
    return issued !== undefined && this.now() - issued < this.tokenTtlMs
  }
}
