/** The file types the picker offers; the core checks the real format from the bytes anyway. */
export const ACCEPTED_FILES = '.xlsx,.xls,.ods,.csv,.tsv,.txt'
