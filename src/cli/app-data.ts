import { homedir } from 'node:os'
import { posix, win32 } from 'node:path'
import { JOBS_FOLDER, jobsFolder } from '../core/app/data-folders'

/** The app's name as Electron uses it for its data folder (package.json productName). */
const APP_NAME = 'Sheetport'

/** The data folder's subfolder for journals: the app's own (src/core/app/data-folders.ts). */
export const CLI_JOBS_FOLDER = JOBS_FOLDER

/**
 * The desktop app's data folder (what Electron calls userData), computed
 * without Electron: %APPDATA%\Sheetport on Windows, ~/Library/Application
 * Support/Sheetport on macOS, $XDG_CONFIG_HOME/Sheetport or
 * ~/.config/Sheetport elsewhere. SHEETPORT_DATA_DIR overrides it, as it
 * does for `npm run web`.
 */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  const override = env['SHEETPORT_DATA_DIR']
  if (override) return override
  if (platform === 'win32') return win32.join(env['APPDATA'] || win32.join(home, 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', APP_NAME)
  return posix.join(env['XDG_CONFIG_HOME'] || posix.join(home, '.config'), APP_NAME)
}

/**
 * Where journals live when --state-dir is not given: the folder the
 * desktop app uses (under %LOCALAPPDATA% on Windows, the data folder
 * elsewhere), so its history lists the CLI's jobs too. With
 * SHEETPORT_DATA_DIR, the jobs folder inside it.
 */
export function defaultStateDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  const dataDir = appDataDir(env, platform, home)
  if (env['SHEETPORT_DATA_DIR']) return (platform === 'win32' ? win32 : posix).join(dataDir, JOBS_FOLDER)
  return jobsFolder(dataDir, APP_NAME, platform, env, home)
}
