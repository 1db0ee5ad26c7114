/**
 * The largest spreadsheet Sheetport reads, in bytes. It lives here, not in
 * src/core, because two sides need it: the core's reader enforces it
 * (DEFAULT_SHEET_LIMITS.maxFileBytes) and the renderer refuses a bigger
 * file before reading it into memory and sending it over IPC. A full Excel
 * sheet of product rows (1,048,576 × 10 columns) is about 160 MB as CSV.
 */
export const MAX_SHEET_FILE_BYTES = 256 * 1024 * 1024
