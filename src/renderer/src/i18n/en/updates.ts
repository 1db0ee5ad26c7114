/** English text: the app's own updates. */
export const updates = {
  label: 'Update',
  ready: 'A new version ({{version}}) is ready. It will be installed when you restart Sheetport.',
  restartNow: 'Restart now',
  waitForUploads: 'You can restart once the upload has finished.'
}
