/** English text: connections. */
export const connections = {
  title: 'Connections',
  subtitle: 'Where your imports go. Keys are kept in your computer’s secure keychain and never shown again.',
  /** The built-in practice connections' names, in the interface language. */
  practiceNames: {
    omnicommerce: 'OMNICOMMERCE (practice)',
    occ: 'Oracle Commerce Cloud (practice)',
    nclue: 'NCLUE (practice)'
  },
  loading: 'Loading connections…',
  loadFailed: 'The connections could not be loaded.',
  retry: 'Try again',
  ownEmpty: {
    title: 'No connections of your own yet',
    body: 'When you have an account with a service, add a connection with its address and key. Until then, the practice connections let you try everything.'
  },
  /** The services' own names, inside sentences. */
  serviceNames: { omnicommerce: 'OMNICOMMERCE', occ: 'Oracle Commerce Cloud', nclue: 'NCLUE' },
  columns: { name: 'Name', service: 'Service', address: 'Address', status: 'Status', actions: 'Actions' },
  status: {
    practice: 'Ready to practise',
    keySaved: 'Key saved',
    noKey: 'No key yet',
    notTested: 'Not tested yet',
    testedAt: 'Tested {{time}}'
  },
  /** Short labels for the status pill after a test. */
  outcomePill: {
    worked: 'Working',
    'wrong-key': 'Wrong key',
    'clock-skew': 'Clock is off',
    unreachable: 'Can’t reach',
    'not-the-service': 'Wrong address',
    'no-key': 'No key yet',
    other: 'Problem'
  },
  /** What a test found, and what to do about it. */
  outcome: {
    worked: 'It works: {{service}} answered and accepted the connection.',
    'wrong-key': '{{service}} refused the key. Check that you copied the whole key for this account, then edit the connection and paste it again.',
    'clock-skew': 'This computer’s clock is more than 5 minutes off, so {{service}} refused the signature. Turn on automatic date and time, then test again.',
    unreachable: 'Sheetport could not reach this address. Check the address and your internet connection, then test again.',
    'not-the-service': 'Something answered at this address, but it is not {{service}}. Check the address.',
    'no-key': 'No key is saved for this connection. Edit it and enter the key.',
    other: '{{service}} answered with a problem. Its own words are below; if they don’t help, show them to whoever manages your account.'
  },
  resultTitle: 'Test of “{{name}}”',
  detailLabel: 'Details',
  practiceLine: 'Uses the built-in practice service, so it can’t be changed.',
  actions: {
    add: 'Add connection',
    test: 'Test',
    testing: 'Testing…',
    edit: 'Edit',
    remove: 'Remove',
    testNamed: 'Test connection “{{name}}”',
    editNamed: 'Edit connection “{{name}}”',
    removeNamed: 'Remove connection “{{name}}”'
  },
  form: {
    addTitle: 'Add a connection',
    editTitle: 'Edit “{{name}}”',
    service: 'Service',
    name: 'Name',
    nameHelp: 'A name you will recognise, for example “Main shop — production”. The command line uses it too.',
    baseUrl: 'Service address',
    baseUrlHelp: {
      omnicommerce: 'Leave empty to use the standard OMNICOMMERCE address.',
      occ: 'Your store’s instance address, for example https://ccstore-xxxx.oracleoutsourcing.com',
      nclue: 'Leave empty to use the standard NCLUE address.'
    },
    apiKey: 'API key',
    apiKeyHelp: 'In OMNICOMMERCE: Workspace Management → auth key.',
    occMode: 'How customers are created',
    storefront: 'Storefront sign-up (no key needed)',
    storefrontHelp: 'Uses the store’s public sign-up, like a shopper registering.',
    admin: 'Admin API with an application key',
    adminHelp: 'Recommended for bulk imports. Register an application in OCC under Settings → Web APIs → Registered Applications.',
    appKey: 'Application key',
    language: 'Language (optional)',
    languageHelp: 'Sent to OCC as X-CCAsset-Language, for example ko or en. Leave empty for the store’s default.',
    accessKey: 'Access key',
    secretKey: 'Secret key',
    ncpHelp: 'In the NAVER Cloud console: My Page → Authentication Key Management.',
    keys: 'Keys',
    /** Key names inside sentences such as “Enter the {{field}}.” */
    keyNames: { apiKey: 'API key', appKey: 'application key', accessKey: 'access key', secretKey: 'secret key' },
    keySaved: 'A key is saved — leave empty to keep it.',
    keysSaved: 'Keys are saved — leave a field empty to keep that key.',
    keysPrivate: 'Keys go straight to your computer’s secure keychain and are never shown again.',
    save: 'Save connection',
    saving: 'Saving…',
    cancel: 'Cancel'
  },
  saved: '“{{name}}” is saved. Press Test to check that it works.',
  remove: {
    confirm: 'Remove “{{name}}”? Its saved key is deleted from the keychain too.',
    confirmButton: 'Remove',
    keep: 'Keep it',
    removed: '“{{name}}” was removed.'
  },
  problems: {
    damaged: 'Sheetport could not read its saved connections file, so it set it aside as {{file}} and started a fresh list. Please add your connections again; the practice connections still work.',
    damagedLocked: 'Sheetport can’t read its saved connections file (connections.json) and left it untouched. Move that file out of the data folder, then add your connections again.',
    unreadable_one: 'One saved connection could not be read and is not shown. It stays in the file untouched.',
    unreadable_other: '{{count, number}} saved connections could not be read and are not shown. They stay in the file untouched.'
  }
}

/** English text: why a connection change was refused (shown as errors.connections.<code>). */
export const connectionErrors = {
  'name-missing': 'Give the connection a name, for example “Main shop — production”.',
  'name-too-long': 'Keep the name to {{max}} characters or fewer.',
  'name-invalid': 'The name contains a line break or another invisible character. Please type it again.',
  'name-taken': 'There is already a connection called “{{name}}”. Choose another name.',
  'url-missing': 'Enter the service address, for example https://api.example.com.',
  'url-invalid': 'This is not a web address. It should start with https://, for example https://api.example.com.',
  'url-scheme': 'The address must start with https://.',
  'url-not-secure': 'The address must start with https:// so keys travel encrypted. Plain http:// is only allowed for this computer (127.0.0.1).',
  'url-credentials': 'Remove the user name or password from the address; keys go in the key fields.',
  'url-query': 'Remove everything from ? or # onwards; the address ends with its path.',
  'language-invalid': 'The language should be a code such as en, ko or zh_CN, or left empty.',
  'key-required': 'Enter the {{field}}.',
  'key-invalid': 'The {{field}} contains spaces or line breaks. Copy it again and paste only the key.',
  'key-missing': 'No key is saved for “{{name}}”. Open Connections, edit it and enter the key again.',
  'keychain-unavailable': 'Sheetport could not use your computer’s secure keychain, so nothing was saved. Unlock the keychain (on Linux, start a Secret Service such as GNOME Keyring) and try again.',
  'key-too-long': 'These keys are longer than Windows can keep safely (about {{max}} characters for all keys of a connection together), so nothing was saved. Check that you pasted only the key, with nothing around it.',
  'not-found': 'This connection no longer exists. It may have been removed in another window.',
  'practice-read-only': 'Practice connections are built in and can’t be changed or removed.',
  'save-failed': 'Sheetport could not save the connections file in its data folder, so nothing changed. Check that the disk is not full and try again.',
  'file-locked': 'Sheetport can’t read its saved connections file (connections.json) and could not set it aside, so it changed nothing. Move that file out of the data folder and try again.'
}
