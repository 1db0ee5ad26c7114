/** English text: nav. */
export const nav = {
  import: 'Import',
  connections: 'Connections',
  history: 'History',
  settings: 'Settings',
  label: 'Main'
}
