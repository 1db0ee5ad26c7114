import { join } from 'node:path'
import type { App } from 'electron'
import { jobsFolder } from '../../core/app/data-folders'
import { KEYCHAIN_SERVICE } from '../adapters/keychain'

/** The app id of electron-builder.yml: Windows ties notifications and the Start-menu shortcut to it. */
export const APP_ID = 'app.sheetport.desktop'

/** The name under which `npm start` keeps its own data folder and keychain entries. */
export const DEV_NAME = 'Sheetport Dev'

/** Where this run of the app keeps its things. */
export interface AppIdentity {
  readonly development: boolean
  readonly dataDir: string
  readonly jobsDir: string
  readonly keychainService: string
}

/**
 * Settles where this run keeps settings, jobs and keys — before the
 * single-instance lock, which lives in the data folder. `npm start`
 * (unpackaged) gets a folder and keychain service of its own, so a
 * developer never edits the installed app's real connections, keys and
 * jobs, and both can run side by side. On Windows, jobs (customer rows) go
 * under %LOCALAPPDATA% so a roaming profile does not carry them.
 */
export function settleAppIdentity(app: Pick<App, 'isPackaged' | 'getPath' | 'setPath'>, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): AppIdentity {
  const development = !app.isPackaged
  if (development) app.setPath('userData', join(app.getPath('appData'), DEV_NAME))
  const dataDir = app.getPath('userData')
  const name = development ? DEV_NAME : 'Sheetport'
  return {
    development,
    dataDir,
    jobsDir: jobsFolder(dataDir, name, platform, env, app.getPath('home')),
    keychainService: development ? DEV_NAME : KEYCHAIN_SERVICE
  }
}
