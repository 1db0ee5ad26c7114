/** Why an answer's text could not be read as JSON. */
export type BodyProblem = 'html' | 'not-json'

/** The outcome of reading an answer's text as JSON; `value` is undefined for an empty body. */
export type ParsedBody = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: BodyProblem }

/**
 * Parses an answer's text as JSON whatever Content-Type it came with (NCP's
 * gateway labels JSON `text/plain`), but recognises an HTML page (captive
 * portal, proxy error page, login redirect) so it can be reported as such
 * instead of as a confusing syntax error.
 */
export function parseJsonText(text: string, contentType: string | null): ParsedBody {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (trimmed === '') return { ok: true, value: undefined }
  const looksHtml = /html/i.test(contentType ?? '') || trimmed.startsWith('<')
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown }
  } catch {
    return { ok: false, problem: looksHtml ? 'html' : 'not-json' }
  }
}

/** Plain-English description of a BodyProblem for error messages. */
export function describeBodyProblem(problem: BodyProblem): string {
  return problem === 'html'
    ? 'a web page (HTML) instead of data — a proxy, captive portal or wrong address may be in the way'
    : 'text that is not valid JSON'
}
