import { z } from 'zod'

/**
 * Zod compiles fast object parsers with `new Function` and, to find out
 * whether it may, tries one as soon as the first object schema is built.
 * The renderer's CSP forbids eval, so that probe is refused and reported as
 * a policy violation on every start. Telling zod up front that there is no
 * eval skips the probe; it must run before any schema module, so main.tsx
 * imports this file first.
 */
z.config({ jitless: true })
