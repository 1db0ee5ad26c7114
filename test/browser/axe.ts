import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'

/** One axe-core finding, reduced to what a person needs to find and fix it. */
export interface AxeViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly helpUrl: string
  readonly nodes: readonly { readonly target: string; readonly summary: string }[]
}

/** Impacts that fail the build; moderate and minor ones are printed but allowed. */
const BLOCKING = new Set(['serious', 'critical'])

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8')

/**
 * Runs axe-core over the whole page. The app's Content-Security-Policy
 * refuses inline scripts (addScriptTag), so axe is evaluated through the
 * DevTools protocol instead, which the policy does not govern.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    type Result = { id: string; impact?: string | null; help: string; helpUrl: string; nodes: { target: unknown[]; failureSummary?: string }[] }
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Result[] }> } }).axe
    const { violations } = await axe.run(document, { resultTypes: ['violations'] })
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: n.failureSummary ?? '' }))
    }))
  })
}

/** The serious and critical findings: the ones a test must fail on. */
export function blocking(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact !== null && BLOCKING.has(v.impact))
}

/** Findings as plain text, one block per rule with every offending element, for a failing test's message. */
export function describeViolations(screen: string, violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return `${screen}: no violations`
  const blocks = violations.map((v) => {
    const nodes = v.nodes.map((n) => `    at ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n')
    return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`
  })
  return `${screen}:\n${blocks.join('\n')}`
}
