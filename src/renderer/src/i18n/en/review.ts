/** English text: the Review step and its row grid. */
export const review = {
  checking: 'Checking {{count, number}} rows…',
  summaryLabel: 'Review summary',
  ready_one: '{{count, number}} row ready',
  ready_other: '{{count, number}} rows ready',
  attention_one: '{{count, number}} needs attention',
  attention_other: '{{count, number}} need attention',
  warnings_one: '{{count, number}} with a note',
  warnings_other: '{{count, number}} with notes',
  send_one: 'Send {{count, number}} ready row',
  send_other: 'Send {{count, number}} ready rows',
  skipNote_one: '{{count, number}} row that needs attention will be skipped',
  skipNote_other: '{{count, number}} rows that need attention will be skipped',
  allReady: 'Every row is ready to send.',
  nothingReady: 'No row is ready to send yet. Fix the marked cells first.',
  checkingRest: 'Checked {{checked, number}} of {{total, number}} rows…',
  checkingNote: 'Look through the rows meanwhile; you can send once all are checked.',
  checkingAttention: 'No row needs attention so far. The rest of the rows are still being checked.',
  filter: {
    legend: 'Show',
    all: 'All rows',
    attention: 'Needs attention',
    count: '{{count, number}}'
  },
  editHint: 'Double-click a cell or press Enter to change it. Enter saves, Esc cancels.',
  stale: 'Rows you fixed stay in this list until you refresh it.',
  refresh: 'Refresh list',
  emptyAttention: 'No row needs attention. Everything is ready to send.',
  emptyFile: 'There are no rows under the header row. Choose another header row or sheet.',
  back: 'Back to columns',
  status: {
    ready: 'Ready',
    warning: 'Ready, with a note',
    attention_one: '{{count, number}} problem to fix',
    attention_other: '{{count, number}} problems to fix'
  },
  details: {
    heading: 'Row details',
    none: 'Choose a cell in the table to see that row’s problems here.',
    title: 'Row {{row}}',
    ready: 'This row is ready to send.',
    wholeRow: 'Whole row',
    fixedValue: 'Fixed value · {{field}}'
  },
  grid: {
    label: 'Rows of “{{fileName}}”',
    row: 'Row',
    status: 'Status',
    columnTitle: 'Column {{letter}}: {{name}}',
    feeds: '→ {{field}}',
    extra: '→ extra “{{key}}”',
    notImported: 'Not imported',
    empty: 'empty',
    error: 'Error',
    warning: 'Note',
    loading: 'Loading…',
    editLabel: 'New value for “{{column}}”, row {{row}}'
  }
}
