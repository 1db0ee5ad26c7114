/** English text: errors. */
export const errors = {
  generic: 'Something went wrong. Please try again.',
  'bridge-unreachable': 'Sheetport is not answering. Is it still running?',
  'invalid-request': 'The request was not in the expected form.',
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
    'too-large': '“{{fileName}}” is larger than {{limitMb}} MB, the most Sheetport reads at once. Split it into smaller files.',
    'too-many-rows': 'The sheet has more than {{limit}} rows, the most Sheetport reads at once. Split it into smaller files.',
    'too-many-columns': 'The sheet has more than {{limit}} columns, the most Sheetport reads.',
    'zip-bomb': '“{{fileName}}” would expand to more than {{limitMb}} MB when opened, so Sheetport refused it for safety.',
    timeout: 'Reading “{{fileName}}” took longer than {{seconds}} seconds, so Sheetport stopped. Try a smaller file.',
    'out-of-memory': '“{{fileName}}” needs more memory than Sheetport allows for one file. Split it into smaller files.',
    closed: 'Reading “{{fileName}}” was cancelled.',
    internal: 'Sheetport could not read “{{fileName}}” because of an internal error.'
  },
  import: {
    'session-gone': 'This file is no longer open. Please drop it again.',
    'stale-mapping': 'The columns changed while you were editing. Please check the matching again.',
    'no-such-row': 'That row is not in the sheet.'
  }
}
