/**
 * Thrown inside the fast .xlsx reader when a file uses something it does not
 * read itself (namespace-prefixed elements, ISO date cells, rows out of
 * order…): the caller then reads the file with SheetJS instead. Never a
 * refusal of the file, only of the shortcut.
 */
export class XlsxShortcutUnavailable extends Error {
  constructor(readonly reason: string) {
    super(`fast xlsx reader: ${reason}`)
  }
}
