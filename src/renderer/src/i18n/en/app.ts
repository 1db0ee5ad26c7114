/** English text: app. */
export const app = {
  tagline: 'Spreadsheets to your shop services',
  practiceBadge: 'Practice',
  skipToContent: 'Skip to content'
}
