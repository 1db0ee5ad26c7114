/** English interface text. Korean (ko.ts) must have exactly the same keys. */
export const en = {
  app: {
    tagline: 'Spreadsheets to your shop services',
    practiceBadge: 'Practice',
    skipToContent: 'Skip to content'
  },
  nav: {
    import: 'Import',
    connections: 'Connections',
    history: 'History',
    settings: 'Settings',
    label: 'Main'
  },
  import: {
    title: 'Import a spreadsheet',
    subtitle: 'Bring rows from Excel into your shop services, check them first, and see exactly what happened to each one.',
    steps: {
      file: 'File',
      map: 'Columns',
      review: 'Review',
      upload: 'Upload',
      results: 'Results'
    },
    stepOf: 'Step {{current}} of {{total}}',
    drop: {
      title: 'Drop a spreadsheet here',
      body: 'Excel (.xlsx, .xls), OpenDocument (.ods), CSV or TSV. Korean text from any Excel works.',
      choose: 'Choose a file…',
      reading: 'Reading “{{fileName}}”…',
      dropAnywhere: 'Drop the file to open it'
    },
    templates: {
      title: 'Start from a template',
      body: 'A ready-made Excel file with the right column names, an example row and a sheet explaining every field.',
      download: 'Download template'
    },
    file: {
      rows: '{{count}} rows',
      sheet: 'Sheet',
      headerRow: 'Header row',
      headerRowHelp: 'The row with the column names. Rows above it are skipped.',
      rowLabel: 'Row {{number}}: {{preview}}',
      another: 'Use another file'
    },
    target: {
      title: 'What do these rows become?',
      legend: 'Import as'
    },
    mapping: {
      title: 'Match your columns',
      restored: 'We used the column matching you saved last time for a file like this one.',
      column: 'Your column',
      examples: 'Examples',
      field: 'Becomes',
      ignore: 'Don’t import this column',
      extraGroup: 'Extra information',
      extraOption: 'Extra field “{{key}}”',
      fieldsGroup: 'Fields',
      required: 'required',
      missingTitle: 'Some required information has no column yet',
      missingOne: '{{fields}}',
      missingAnyOf: 'one of {{fields}}',
      missingHelp: 'Choose a column for each, or give it a fixed value below.',
      allSet: 'Every required field has a column or a fixed value.',
      constantsTitle: 'Fixed values',
      constantsHelp: 'A value used for every row, for example currency KRW. A column, where filled in, wins.',
      constantField: 'Field',
      constantValue: 'Value',
      addConstant: 'Add fixed value',
      removeConstant: 'Remove',
      noConstants: 'No fixed values.',
      chooseField: 'Choose a field…',
      previewTitle: 'Preview',
      previewHelp: 'The first rows as they will be sent.',
      previewEmpty: 'Match at least one column to see a preview.',
      row: 'Row',
      continue: 'Continue to review',
      back: 'Back'
    }
  },
  connections: {
    title: 'Connections',
    subtitle: 'Where your imports go. Keys are kept in your computer’s secure keychain and never shown again.',
    practiceHint: 'Practice connections use a built-in pretend service, so you can try everything without an account.',
    empty: 'No connections yet.',
    loading: 'Loading connections…',
    columns: { name: 'Name', service: 'Service', address: 'Address', status: 'Status' },
    status: { practice: 'Ready to practise', keySaved: 'Key saved', noKey: 'No key yet' }
  },
  services: {
    omnicommerce: 'OMNICOMMERCE products',
    occ: 'Oracle Commerce Cloud customers',
    nclue: 'NCLUE shopping intents'
  },
  history: {
    title: 'History',
    subtitle: 'Every import you run is kept here with its results and failure report.',
    emptyTitle: 'No imports yet',
    emptyBody: 'When you finish your first import, it appears here. You can reopen it to see each row or export its report again.',
    emptyAction: 'Start an import'
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageHelp: 'Sheetport follows your computer’s language unless you choose one here.',
    languageSystem: 'Same as my computer ({{language}})',
    languageKo: '한국어',
    languageEn: 'English',
    about: 'About',
    version: 'Version {{version}}',
    runningIn: { desktop: 'Desktop app', web: 'Browser (local bridge)' }
  },
  errors: {
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
}

/** The shape every language's text must have. */
export type Messages = typeof en
