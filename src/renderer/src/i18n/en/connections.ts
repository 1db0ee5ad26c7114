/** English text: connections. */
export const connections = {
  title: 'Connections',
  subtitle: 'Where your imports go. Keys are kept in your computer’s secure keychain and never shown again.',
  practiceHint: 'Practice connections use a built-in pretend service, so you can try everything without an account.',
  empty: 'No connections yet.',
  loading: 'Loading connections…',
  columns: { name: 'Name', service: 'Service', address: 'Address', status: 'Status' },
  status: { practice: 'Ready to practise', keySaved: 'Key saved', noKey: 'No key yet' }
}
