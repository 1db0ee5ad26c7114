/** English text: an upload's results (the import flow's last step, and a past upload opened from History). */
export const results = {
  states: {
    accepted: 'Went through',
    pending: 'Processing',
    failed: 'Failed',
    unknown: 'Unconfirmed',
    invalid: 'Needs fixing',
    notSent: 'Not sent',
    queued: 'Waiting',
    'in-flight': 'Sending'
  },
  counts: {
    none: 'No rows',
    accepted: '{{count, number}} went through',
    pending: '{{count, number}} processing',
    failed: '{{count, number}} failed',
    unknown: '{{count, number}} unconfirmed',
    invalid_one: '{{count, number}} needs fixing',
    invalid_other: '{{count, number}} need fixing',
    notSent: '{{count, number}} not sent',
    queued: '{{count, number}} waiting',
    'in-flight': '{{count, number}} sending'
  },
  total_one: '{{count, number}} row in this upload',
  total_other: '{{count, number}} rows in this upload',
  announce: '{{status}}: {{counts}}.',
  fix: 'How to fix: {{fix}}',
  another: 'Import another file',
  actionsLabel: 'Next steps',
  rowsTitle: 'Rows',
  headline: {
    meta: '{{fileName}} → {{connection}} · {{time}}',
    resent: 'These rows were sent again after an earlier upload. Each row’s earlier attempts are in its details.',
    tracking: 'Sent — the service is still processing',
    trackingNote_one: 'Sheetport keeps checking {{count, number}} row until the service finishes it. This page updates by itself; you can leave it.',
    trackingNote_other: 'Sheetport keeps checking {{count, number}} rows until the service finishes them. This page updates by itself; you can leave it.'
  },
  success: {
    title: 'Every row went through',
    body_one: 'The {{count, number}} row of “{{fileName}}” is now in {{connection}}.',
    body_other: 'All {{count, number}} rows of “{{fileName}}” are now in {{connection}}.'
  },
  groups: {
    title: 'What went wrong',
    help: 'Choose a cause to list only its rows.',
    rows_one: '{{count, number}} row',
    rows_other: '{{count, number}} rows',
    showing: 'Showing only: {{cause}}',
    clear: 'Show all rows'
  },
  filter: {
    legend: 'Show rows',
    all: 'All',
    problems: 'Needs attention',
    count: '{{count, number}}'
  },
  editHint: 'Fix a row here: double-click a marked row’s cell (or press Enter), type the new value and press Enter. Then send the rows again.',
  readOnly: 'Read-only: this upload’s file is not open. To fix these rows here, open the file again in Import — or export the failure report, fix it and import it.',
  grid: {
    label: 'Results of “{{fileName}}”',
    status: 'Result',
    changed: 'changed',
    emptyAll: 'This upload has no rows.',
    emptyFilter: 'No rows here.',
    emptyProblems: 'No row needs attention.',
    emptyGroup: 'No rows are left in this group.'
  },
  details: {
    heading: 'Row details',
    none: 'Choose a cell in the table to see that row’s result and earlier attempts here.',
    title: 'Row {{row}}',
    remoteId: 'Service id: {{id}}',
    changed: 'You changed this row. It is sent with your change when you send the rows again.',
    changedProblems: 'You changed this row, but it still needs fixing:',
    attempts: 'Earlier attempts'
  },
  resend: {
    title: 'Send again',
    button_one: 'Send {{count, number}} row again',
    button_other: 'Send {{count, number}} rows again',
    withChanges: 'Sends the rows that did not go through, with the changes you made here. Rows that went through are not sent again.',
    asTheyWere: 'Sends the rows that did not go through as they were. To change them first, open this upload’s file again in Import.',
    afterEnd: 'You can send rows again once the service has finished every row.',
    nothing: 'Nothing to send again.',
    continue: 'Continue upload',
    continueNote: 'This upload stopped before it finished. Continue it: rows that went through are not sent again.'
  },
  report: {
    title: 'Failure report',
    help: 'A spreadsheet of the rows that did not go through: your original values, where each row came from and why. Fix it and import it again.',
    format: 'File type',
    xlsx: 'Excel workbook (.xlsx)',
    csv: 'CSV text (.csv)',
    button: 'Export failure report',
    nothing: 'Nothing to report: no row failed or was left out.',
    afterSending: 'Available once every row has been sent.',
    saved: 'Saved “{{fileName}}”.'
  }
}
