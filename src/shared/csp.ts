/**
 * The renderer's Content-Security-Policy, in one place: the desktop build
 * writes it into index.html and the web bridge also sends it as a header.
 * No inline script, no eval, no remote anything: the page only talks to the
 * origin it came from.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'"
].join('; ')

/** Extra directives only a response header can carry (ignored in a meta tag). */
export const CSP_HEADER_ONLY = "frame-ancestors 'none'"
