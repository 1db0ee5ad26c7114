import { existsSync, readFileSync } from 'node:fs'

/** The review grid's screen, and the channel it pages rows through. */
const REVIEW_STEP = 'src/renderer/src/features/import/review-step/ReviewGrid.tsx'
const REVIEW_CHANNELS = 'src/shared/ipc/channels/review.ts'

/** Why figure 6 can't run in this working tree, or null when it can (run from the repository root). */
export function reviewGridMissing(): string | null {
  if (!existsSync(REVIEW_STEP)) return `the review grid does not exist yet (${REVIEW_STEP}).`
  if (!existsSync(REVIEW_CHANNELS) || !readFileSync(REVIEW_CHANNELS, 'utf8').includes("'review:rows'")) return 'the review:rows channel does not exist yet.'
  if (!existsSync('/usr/bin/chromium') && process.env['CHROMIUM_PATH'] === undefined) return "Debian's chromium is not installed (or set CHROMIUM_PATH)."
  return null
}
