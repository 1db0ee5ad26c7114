/** English text: settings. */
export const settings = {
  title: 'Settings',
  language: 'Language',
  languageHelp: 'Sheetport follows your computer’s language unless you choose one here.',
  languageSystem: 'Same as my computer ({{language}})',
  languageKo: '한국어',
  languageEn: 'English',
  about: 'About',
  version: 'Version {{version}}',
  runningIn: { desktop: 'Desktop app', web: 'Browser (local bridge)' },
  log: {
    title: 'Support log',
    help: 'Sheetport notes here when uploads start and end, when a service asked it to wait or refused rows, and any error it did not expect. It never writes your keys, passwords or what is in your spreadsheets, so you can send this file to whoever helps you.',
    file: 'Log file',
    open: 'Open log folder',
    opened: 'The folder is open in a new window.'
  }
}
