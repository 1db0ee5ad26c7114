/** Where the support log is, for Settings: the folder to open and the file to attach to a message to support. */
export interface SupportLogInfo {
  readonly folder: string
  readonly file: string
  /** The desktop app can open the folder in Explorer or Finder; the browser build cannot. */
  readonly canOpenFolder: boolean
}
