import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, devServerContentSecurityPolicy } from '../../../src/shared/csp'

/** A policy as directive name → sources, to compare two policies directive by directive. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split('; ').map((directive) => {
    const [name = '', ...sources] = directive.split(' ')
    return [name, sources]
  }))
}

describe('content security policies', () => {
  it('keeps the production policy exactly as strict as it is', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'"
    )
  })

  it('lets the dev server add only its nonce, to scripts and styles', () => {
    const dev = directives(devServerContentSecurityPolicy('bm9uY2U+/w=='))
    const production = directives(CONTENT_SECURITY_POLICY)
    expect(dev.get('script-src')).toEqual(["'self'", "'nonce-bm9uY2U+/w=='"])
    expect(dev.get('style-src')).toEqual(["'self'", "'nonce-bm9uY2U+/w=='"])
    dev.delete('script-src')
    dev.delete('style-src')
    production.delete('script-src')
    production.delete('style-src')
    expect(dev).toEqual(production)
  })

  it.each(["x' 'unsafe-inline", 'a b', 'a;script-src *', ''])('refuses a nonce that is not base64: %j', (nonce) => {
    expect(() => devServerContentSecurityPolicy(nonce)).toThrow(RangeError)
  })
})
