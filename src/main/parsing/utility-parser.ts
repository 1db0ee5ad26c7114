import type { UtilityProcess } from 'electron'
import type { ParserProcess, SpawnParserProcess } from '../../core/sheets'

/** The part of Electron's utilityProcess this needs. */
export interface UtilityProcessModule {
  fork(modulePath: string, args?: string[], options?: { execArgv?: string[]; serviceName?: string; stdio?: 'ignore' }): UtilityProcess
}

/**
 * Spreadsheets are parsed in an Electron utility process: its own V8 heap
 * and 4 GB memory cage, so a file that needs too much memory ends that
 * process (a "too big" message) instead of aborting the whole app, which a
 * worker thread sharing the main process's cage would.
 */
export function utilityParser(utilityProcess: UtilityProcessModule): SpawnParserProcess {
  return (scriptPath, execArgv) =>
    utilityProcess.fork(scriptPath, [], { execArgv: [...execArgv], serviceName: 'Sheetport spreadsheet reader', stdio: 'ignore' }) as unknown as ParserProcess
}
