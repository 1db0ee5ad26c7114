import type { ReviewSummary } from '../../../../../shared/review'
import { api } from '../../../api'

/** How often the counts are asked for again while the core is still checking a large file. */
const CHECKING_POLL_MS = 250

/**
 * Asks the core for a review's counts until every row is checked (a large
 * file is checked while its first rows are already shown), handing each
 * answer to `onCounts`. Starts from `known` counts when the caller has them,
 * else asks at once; stops when `wanted()` turns false or an answer fails.
 */
export async function followCounts(sessionId: string, onCounts: (summary: ReviewSummary) => void, wanted: () => boolean, known?: ReviewSummary): Promise<void> {
  let latest = known
  for (;;) {
    if (latest !== undefined) {
      if (latest.checked >= latest.total) return
      await new Promise((resolve) => setTimeout(resolve, CHECKING_POLL_MS))
    }
    if (!wanted()) return
    const answer = await api.review.summary({ sessionId })
    if (!wanted() || !answer.ok) return
    latest = answer.data.summary
    onCounts(latest)
  }
}
