import { readdir, readFile } from 'node:fs/promises'
import { builtinModules } from 'node:module'
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

  it('the CLI requires only Node, its own chunks and the production dependencies other than p-queue', async () => {
    const { dependencies } = JSON.parse(await readFile('package.json', 'utf8')) as { dependencies: Record<string, string> }
    const external = Object.keys(dependencies).filter((name) => name !== 'p-queue')
    const files = (await readdir('out/cli')).filter((name) => name.endsWith('.js'))
    expect(files).toEqual(expect.arrayContaining(['main.js', 'sheet-worker.js']))
    const required = new Set((await Promise.all(files.map((name) => readFile(`out/cli/${name}`, 'utf8')))).flatMap(requiredModules))
    const allowed = (id: string) => id.startsWith('node:') || builtinModules.includes(id) || /^\.\/[\w-]+\.js$/.test(id) || external.some((name) => id === name || id.startsWith(`${name}/`))
    expect([...required].filter((id) => !allowed(id))).toEqual([])
    expect(required).toContain('xlsx')
  })
})
