import { posix, win32 } from 'node:path'

/** The data folder's subfolder holding job journals and row snapshots. */
export const JOBS_FOLDER = 'jobs'

/** The data folder's subfolder holding the support log (sheetport.log and its older files). */
export const LOGS_FOLDER = 'logs'

/**
 * Where job journals and row snapshots live, for the app and the CLI alike
 * (so the app's History lists the CLI's jobs). On Windows they go under
 * %LOCALAPPDATA%, not the roaming %APPDATA% that holds the settings: on a
 * shop's domain PC a roaming profile would copy customer rows to the server
 * at every logoff. Elsewhere they sit in the data folder.
 */
export function jobsFolder(dataDir: string, appName: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform !== 'win32') return posix.join(dataDir, JOBS_FOLDER)
  return win32.join(env['LOCALAPPDATA'] || win32.join(home, 'AppData', 'Local'), appName, JOBS_FOLDER)
}
