/** English text: import. */
export const importFlow = {
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
    rows: '{{count, number}} rows',
    sheet: 'Sheet',
    sheetOption: '{{name}} · {{count, number}} rows',
    sheetOptionEmpty: '{{name}} · no rows',
    emptySheet: 'The sheet “{{sheet}}” has no rows to import.',
    emptySheetOthers: 'Choose a sheet that has rows:',
    emptySheetNone: 'No sheet in this file has rows under its column names. Please check the file.',
    useSheet: '{{name}} ({{count, number}} rows)',
    encodingUnsure: 'We could not tell for sure how the letters in this file are stored, so we read it as {{encoding}}.',
    encodingResave: 'If names or accented letters look wrong, open the file in Excel, choose File › Save As › “CSV UTF-8 (Comma delimited)”, and open that copy here.',
    encodingNames: {
      'utf-8': 'UTF-8',
      'euc-kr': 'Korean (CP949)',
      'windows-1252': 'Western European (Windows-1252)'
    },
    headerRow: 'Header row',
    headerRowHelp: 'The row with the column names. Rows above it are skipped.',
    rowLabel: 'Row {{number}}: {{preview}}',
    another: 'Use another file'
  },
  target: {
    title: 'What do these rows become?',
    legend: 'Import as',
    suggested: 'Suggested',
    looksLike: {
      products: 'These look like products.',
      customers: 'These look like customers.',
      intents: 'These look like shopping-intent profiles.'
    },
    formatIs: 'The file is a {{format}}.'
  },
  mapping: {
    title: 'Match your columns',
    restored: 'We used the column matching you saved last time for a file like this one.',
    format: 'Recognised: {{format}}. Its columns were matched the way this format uses them. You can still change any of them.',
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
    constantsHelp: 'A value used for every row, for example currency KRW. A column, where filled in, wins. Put a column’s name in braces to build the value from it, for example https://myshop.co.kr/product/detail.html?product_no={상품번호} for a product page, or https://myshop.co.kr/web/product/big/{이미지등록(상세)} for a full image address.',
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
}
