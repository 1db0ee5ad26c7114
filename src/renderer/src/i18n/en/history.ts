/** English text: history. */
export const history = {
  title: 'History',
  subtitle: 'Every import you run is kept here with its results and failure report.',
  emptyTitle: 'No imports yet',
  emptyBody: 'When you finish your first import, it appears here. You can reopen it to see each row or export its report again.',
  emptyAction: 'Start an import',
  listTitle: 'Past uploads',
  columns: {
    upload: 'Upload',
    rows: 'Rows',
    when: 'Started',
    status: 'Status',
    actions: 'Actions'
  },
  took: 'took {{duration}}',
  resendOf: 'Sent again from “{{fileName}}” ({{time}})',
  resendOfGone: 'Sent again from an earlier upload',
  status: {
    sending: 'Sending',
    paused: 'Paused',
    stopping: 'Stopping',
    processing: 'Processing',
    done: 'Done',
    attention: 'Needs attention',
    stopped: 'Stopped',
    interrupted: 'Interrupted'
  },
  open: 'Open',
  openNamed: 'Open the upload of “{{fileName}}” from {{time}}',
  continue: 'Continue',
  checkAgain: 'Check again',
  checkAgainNamed: 'Ask the service again about the rows of “{{fileName}}” from {{time}} it was still processing',
  continueNamed: 'Continue the upload of “{{fileName}}” from {{time}}',
  back: 'All uploads',
  delete: {
    button: 'Delete',
    named: 'Delete the upload of “{{fileName}}” from {{time}}',
    this: 'Delete this upload',
    confirm: 'Delete this upload and its record? Its rows and results can’t be brought back. What was sent stays in the service.',
    yes: 'Delete',
    no: 'Keep',
    done: 'Deleted the upload of “{{fileName}}”.'
  }
}
