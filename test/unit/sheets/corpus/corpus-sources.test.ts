/**
 * Keeps the peer corpus honest: every file has its source, every adjusted
 * expectation names a listed difference, DIFFERENCES.md and the typed table
 * agree, every it.fails says why (a reader bug or a parser limit), and the in-thread reader the corpus tests
 * use reads exactly as the worker does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CORPUS_DIFFERENCES } from './corpus-differences'
import { CORPUS_DIR, corpusReader } from './corpus-read'

const TEST_DIR = __dirname

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(CORPUS_DIR, path)]
  })
}

const dataFiles = filesUnder(CORPUS_DIR).filter((f) => !f.endsWith('.md') && f !== '.gitattributes')
const sources = readFileSync(join(CORPUS_DIR, 'SOURCES.md'), 'utf8')
const differencesMd = readFileSync(join(CORPUS_DIR, 'DIFFERENCES.md'), 'utf8')
const testSources = readdirSync(TEST_DIR)
  .filter((f) => f.endsWith('.test.ts') && f !== 'corpus-sources.test.ts')
  .map((f) => ({ file: f, text: readFileSync(join(TEST_DIR, f), 'utf8') }))

describe('the peer corpus', () => {
  it('keeps it small: under 3 MB, each file under 1 MB', () => {
    const sizes = dataFiles.map((f) => statSync(join(CORPUS_DIR, f)).size)
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(3 * 1024 * 1024)
    expect(Math.max(...sizes)).toBeLessThan(1024 * 1024)
  })

  it('names every file in SOURCES.md, under its project’s section', () => {
    const sections = sources.split(/^## /m).slice(1)
    for (const file of dataFiles) {
      const [project, ...rest] = file.split('/')
      const section = sections.find((s) => s.includes(`\`${project}/\``))
      expect(section, `a SOURCES.md section for ${project}/`).toBeDefined()
      const name = (rest.at(-1) ?? '').replace(/\.(csv|json)$/, (ext) => (project === 'csv-spectrum' ? '' : ext))
      expect(section, `${file} in SOURCES.md`).toContain(name)
    }
  })

  it('lists in DIFFERENCES.md exactly the differences of corpus-differences.ts, in the same words', () => {
    const ids = [...differencesMd.matchAll(/^## `([^`]+)`$/gm)].map((m) => m[1])
    expect(ids).toEqual(Object.keys(CORPUS_DIFFERENCES))
    for (const [id, d] of Object.entries(CORPUS_DIFFERENCES)) {
      const section = differencesMd.split(`## \`${id}\``)[1]?.split(/^## /m)[0] ?? ''
      expect(section).toContain(d.what)
      expect(section).toContain(`Why: ${d.why}`)
    }
  })

  it('applies every listed difference somewhere, and only listed ones', () => {
    const used = new Set(testSources.flatMap(({ text }) => [...text.matchAll(/adjusted\('([^']+)'/g)].map((m) => m[1])))
    expect([...used].sort()).toEqual(Object.keys(CORPUS_DIFFERENCES).sort())
  })

  it('says why each it.fails fails: a reader bug, or a limit of the parser underneath', () => {
    for (const { file, text } of testSources) {
      const lines = text.split('\n')
      lines.forEach((line, i) => {
        if (!/^\s*it\.fails\b/.test(line)) return
        const comment = lines[i - 1] ?? ''
        expect(comment, `${file}:${i + 1}`).toMatch(/^\s*\/\/ (reader bug|reader limit): /)
      })
    }
  })
})

describe('the in-thread reader the corpus tests use', () => {
  const inThread = corpusReader()
  const worker = corpusReader(true)
  afterAll(() => Promise.all([inThread.close(), worker.close()]))

  it.each(['calamine/issues.xlsx', 'calamine/issues.xls', 'calamine/date.ods', 'csv-spectrum/csvs/newlines_crlf.csv'])('reads %s exactly as the worker does', async (file) => {
    const [a, b] = await Promise.all([inThread.read(file), worker.read(file)])
    expect(a.table).toEqual(b.table)
    expect(a.info).toEqual(b.info)
  })
})
