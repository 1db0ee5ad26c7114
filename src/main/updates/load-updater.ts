import { createRequire } from 'node:module'
import type * as ElectronUpdater from 'electron-updater'

/**
 * electron-updater's updater for this platform (NSIS, macOS zip, AppImage or
 * deb), required only when called: runs that are not installed never load it.
 */
export function loadUpdater(): ElectronUpdater.AppUpdater {
  const { autoUpdater } = createRequire(__filename)('electron-updater') as typeof ElectronUpdater
  return autoUpdater
}
