/**
 * What the screen shows instead of a password from the sheet. Passwords are
 * sent to the service and nowhere else: not to the screen, a report, a log
 * or a journal.
 */
export const MASKED_VALUE = '••••••'
