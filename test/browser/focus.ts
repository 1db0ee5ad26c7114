import type { Page } from 'playwright-core'

/** One stop of the Tab order and whether focusing it changed how it looks (a visible focus indicator). */
export interface TabStop {
  readonly name: string
  readonly ringVisible: boolean
}

/** Most Tab presses one walk makes: more than any screen has stops, so a loop cannot hang the test. */
const MAX_STOPS = 200

/**
 * Tabs through the page once around (past the end of the page and back to
 * where it started). At each stop it compares the focused element's outline
 * and shadow (and those of the label wrapping it, for inputs drawn as cards)
 * with how they look unfocused, so an element whose focus style is missing
 * or overridden is caught.
 */
export async function walkTabOrder(page: Page): Promise<TabStop[]> {
  const stops: TabStop[] = []
  const seen = new Set<string>()
  let pastTheEnd = 0
  for (let i = 0; i < MAX_STOPS && pastTheEnd < 2; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null
      if (!element || element === document.body) return null
      const shown = (target: Element): string => {
        const style = getComputedStyle(target)
        return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`
      }
      // An input drawn as a card is invisible itself (opacity 0): only its label can show the focus.
      const drawn = getComputedStyle(element).opacity !== '0' && element.getBoundingClientRect().width > 1
      const painted = [drawn ? element : null, element.closest('label')].filter((e): e is HTMLElement => e !== null)
      const focused = painted.map(shown)
      element.blur()
      const unfocused = painted.map(shown)
      element.focus()
      const name = element.getAttribute('aria-label') || element.textContent?.trim().slice(0, 40) || element.id || element.tagName
      return {
        key: `${[...document.querySelectorAll('*')].indexOf(element)}`,
        name: `${element.tagName.toLowerCase()} “${name}”`,
        ringVisible: focused.some((look, index) => look !== unfocused[index])
      }
    })
    if (stop === null) {
      pastTheEnd++
      continue
    }
    if (seen.has(stop.key)) break
    seen.add(stop.key)
    stops.push({ name: stop.name, ringVisible: stop.ringVisible })
  }
  return stops
}
