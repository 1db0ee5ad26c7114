import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'

// Checks the output of `npm run build`, which `npm test` runs first.
function requiredModules(source: string): string[] {
  return [...source.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1] ?? '')
}

describe('built bundles', () => {
  it('the sandboxed preload requires nothing but electron', async () => {
    const preload = await readFile('out/preload/index.js', 'utf8')
    expect(new Set(requiredModules(preload))).toEqual(new Set(['electron']))
  })

  it('the renderer page carries the strict CSP', async () => {
    const html = await readFile('out/renderer/index.html', 'utf8')
    expect(html).toContain("script-src 'self';")
    expect(html).not.toContain('unsafe-inline')
    expect(html).not.toContain('%SHEETPORT_CSP%')
  })

  it('the main process bundles p-queue (ESM-only) instead of requiring it', async () => {
    const main = await readFile('out/main/index.js', 'utf8')
    expect(requiredModules(main)).not.toContain('p-queue')
  })
})
