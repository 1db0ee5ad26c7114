import { connectionErrors } from './connections'

/** English text: errors. */
export const errors = {
  generic: 'Something went wrong. Please try again.',
  'bridge-unreachable': 'Sheetport is not answering. Is it still running?',
  'invalid-request': 'The request was not in the expected form.',
  'unknown-channel': 'This version of the screen asked Sheetport for something it does not know. Please restart Sheetport.',
  'forbidden-sender': 'Sheetport refused a request that did not come from its own window.',
  unauthorized: 'This page is not allowed to use Sheetport. Open the address Sheetport printed when it started.',
  internal: 'Something went wrong inside Sheetport. Please try again.',
  sheet: {
    'empty-file': '“{{fileName}}” is empty.',
    truncated: '“{{fileName}}” is incomplete (it may not have finished downloading or copying). Get a fresh copy and try again.',
    encrypted: '“{{fileName}}” is password-protected. Open it in Excel, remove the password, save it, and try again.',
    'unsupported-format': '“{{fileName}}” is not a spreadsheet Sheetport can read. Use .xlsx, .xls, .ods, .csv or .tsv.',
    'html-file': '“{{fileName}}” is a web page saved with a spreadsheet name. Open it in Excel, save it as .xlsx, and try again.',
    corrupt: '“{{fileName}}” looks damaged. Open it in Excel, save it again, and try again.',
    'no-sheets': '“{{fileName}}” has no sheets to read.',
    'sheet-not-found': 'There is no sheet named “{{sheetName}}” in “{{fileName}}”.',
    'too-large': '“{{fileName}}” is larger than {{limitMb, number}} MB, the most Sheetport reads at once. Split it into smaller files.',
    'too-many-rows': 'The sheet has more than {{limit, number}} rows, the most Sheetport reads at once. Split it into smaller files.',
    'too-many-columns': 'The sheet has more than {{limit, number}} columns, the most Sheetport reads.',
    'too-much-text': 'The sheet in “{{fileName}}” holds more text than Sheetport can keep open at once (about {{limitMb, number}} MB). Split its rows into smaller files, or delete the columns you do not import, and try again.',
    'zip-bomb': '“{{fileName}}” would expand to more than {{limitMb, number}} MB when opened, so Sheetport refused it for safety.',
    timeout: 'Reading “{{fileName}}” took longer than {{seconds}} seconds, so Sheetport stopped. Try a smaller file.',
    'out-of-memory': '“{{fileName}}” needs more memory than Sheetport allows for one file. Split it into smaller files.',
    closed: 'Reading “{{fileName}}” was cancelled.',
    internal: 'Sheetport could not read “{{fileName}}” because of an internal error.'
  },
  import: {
    'file-too-large': '“{{fileName}}” is {{sizeMb, number}} MB, more than the {{limitMb, number}} MB Sheetport reads at once. Save only the sheet you need as a new file, or split the rows into smaller files, and open that instead.',
    'session-gone': 'This file is no longer open. Please drop it again.',
    'stale-mapping': 'The columns changed while you were editing. Please check the matching again.',
    'no-such-row': 'That row is not in the sheet.'
  },
  review: {
    'no-mapping': 'Choose what the rows become and match the columns first.',
    'no-such-row': 'That row is not in the sheet any more. Please show the rows again.',
    'no-such-column': 'That column is not in the sheet.'
  },
  jobs: {
    'already-sending': 'This file is already being sent. Wait for it to finish, then send what is left.',
    'running-elsewhere': 'This upload is running in another Sheetport window or in the command line. Let it finish there.',
    'already-finished': 'This upload already finished; there is nothing to continue.',
    'nothing-to-check': 'No rows of this upload are still being processed at the service — there is nothing to check again.',
    'bad-id': 'That upload id is not valid.',
    'connection-setup': 'This connection is missing a key the service needs. Check it in Connections.',
    'no-connection': 'That connection no longer exists. Choose another one.',
    'no-mapping': 'Choose what the rows become and match the columns first.',
    'not-found': 'That upload is no longer in History, or its record is damaged.',
    'not-running': 'This upload is not running any more.',
    'nothing-to-resend': 'There are no rows left to send again in this upload.',
    'resend-needs-file': 'Open the spreadsheet again to send these rows: their passwords were not kept.',
    'resend-other-file': 'The open file does not hold this upload’s rows (it is another file, or rows that went through were changed). Open the upload’s own file to send its rows again.',
    'resend-target-changed': 'The open file now goes somewhere else. Open the upload’s own file to send its rows again.',
    'resume-needs-file': 'To continue this upload, open the same spreadsheet again: its passwords were not kept.',
    'resume-refused': 'The rows are not the same as when this upload started, so it can’t be continued safely. Start a new upload instead.',
    'rows-missing': 'The rows of this upload are no longer kept; only its totals are.',
    running: 'This upload is still running. Stop it first.'
  },
  logs: {
    'cannot-open': 'This version of Sheetport cannot open folders. Copy the path shown above instead.'
  },
  report: {
    'bad-extension': 'The report file name must end in .xlsx or .csv.',
    'format-mismatch': 'The report was made in another format than its file name says. Save it again as .xlsx or .csv.',
    'cell-too-long': 'A cell holds more than {{limit, number}} characters, more than Excel allows in one cell. Save the report as .csv instead.',
    'write-failed': 'The report could not be saved to “{{path}}”. Check that the folder exists and the file is not open in Excel, then try again.'
  },
  updates: {
    uploading: 'An upload is running. Sheetport can restart once it has finished.',
    'not-ready': 'No new version has been downloaded yet.',
    'no-updater': 'This version of Sheetport does not update itself.'
  },
  connections: connectionErrors
}
