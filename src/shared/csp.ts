type Directives = Readonly<Record<string, readonly string[]>>

// No inline script, no eval, no remote anything: the page only talks to the
// origin it came from.
const DIRECTIVES = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"]
} as const satisfies Directives

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/**
 * The renderer's Content-Security-Policy, in one place: the desktop build
 * writes it into index.html and the web bridge also sends it as a header.
 */
export const CONTENT_SECURITY_POLICY = serialize(DIRECTIVES)

/** Extra directives only a response header can carry (ignored in a meta tag). */
export const CSP_HEADER_ONLY = "frame-ancestors 'none'"

// base64 or base64url, as CSP's nonce-source grammar allows; anything else
// (a quote, a space, a semicolon) would let the nonce rewrite the policy.
const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/

/**
 * The policy `npm start` serves, so the dev build runs under the production
 * rules plus exactly one thing: elements carrying this server start's nonce.
 * Vite's dev client injects the app's CSS as <style> elements and
 * @vitejs/plugin-react adds an inline refresh preamble; Vite stamps the
 * nonce (its `html.cspNonce`) on both, and nothing else inline may run.
 * The hot-reload websocket needs no extra source: CSP 3 lets 'self' match
 * ws:// on the page's own host and port, which is where Vite's client connects.
 */
export function devServerContentSecurityPolicy(nonce: string): string {
  if (!NONCE.test(nonce)) throw new RangeError('A CSP nonce must be base64')
  const source = `'nonce-${nonce}'`
  return serialize({
    ...DIRECTIVES,
    'script-src': [...DIRECTIVES['script-src'], source],
    'style-src': [...DIRECTIVES['style-src'], source]
  })
}
