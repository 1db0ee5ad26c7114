/** English text: upload (sending rows, progress, interrupted uploads). */
export const upload = {
  setup: {
    title: 'Where should the rows go?',
    connection: 'Connection',
    connectionHelp: 'Practice connections use the built-in pretend service — nothing leaves your computer.',
    noConnection: 'There is no connection for {{service}} yet. Add one in Connections, or use the practice connection.',
    openConnections: 'Open Connections',
    blockDuplicates: 'Don’t overwrite products that already exist',
    blockDuplicatesHelp: 'Rows whose product id is already registered fail with a clear reason instead of replacing the product.',
    language: 'Store language (optional)',
    languageHelp: 'Sent as X-CCAsset-Language, e.g. ko or en. Leave empty to use the store’s default.',
    ready: '{{ready, number}} rows will be sent.',
    skipped: '{{count, number}} rows that need attention will be skipped.',
    start: 'Start upload',
    back: 'Back to review'
  },
  status: {
    running: 'Uploading…',
    confirming: 'Sent — confirming with the service…',
    paused: 'Paused',
    cancelling: 'Stopping — waiting for requests already sent…',
    finished: 'Upload finished',
    cancelled: 'Upload stopped',
    halted: 'Upload interrupted',
    interrupted: 'Upload interrupted'
  },
  states: {
    accepted: 'Went through',
    pending: 'Processing at the service',
    failed: 'Failed',
    unknown: 'Unconfirmed',
    invalid: 'Not sent — needs fixing',
    'in-flight': 'Sending',
    queued: 'Waiting'
  },
  progressLabel: 'Upload progress',
  doneOf: '{{done}} of {{total}} rows done',
  rate: '{{rate}} requests/s',
  requests: '{{value}} requests',
  eta: 'About {{time}} left',
  etaUnknown: 'Working out the time left…',
  tracking: 'Confirming with the service: {{confirmed, number}} of {{of, number}}. Sheetport keeps asking until the service has finished them; you can leave this screen.',
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Stop upload',
  seeResults: 'See results',
  newImport: 'Import another file',
  halted: 'The upload stopped because Sheetport could not record its progress: {{problem}}. Nothing is lost; continue it from History once the problem is fixed.',
  interrupted: {
    title: 'An upload was interrupted',
    body: '“{{fileName}}” to {{connection}} stopped before it finished ({{done}} of {{total}} rows done). Continue it — rows that already went through are not sent again.',
    chooseFile: 'Choose the spreadsheet…',
    continue: 'Continue upload'
  }
}
