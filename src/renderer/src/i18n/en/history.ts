/** English text: history. */
export const history = {
  title: 'History',
  subtitle: 'Every import you run is kept here with its results and failure report.',
  emptyTitle: 'No imports yet',
  emptyBody: 'When you finish your first import, it appears here. You can reopen it to see each row or export its report again.',
  emptyAction: 'Start an import'
}
