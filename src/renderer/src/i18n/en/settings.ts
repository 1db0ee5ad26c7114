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
  runningIn: { desktop: 'Desktop app', web: 'Browser (local bridge)' }
}
