/*
 * Spreadsheet ("CSV") formula injection, after OWASP: a cell that begins with
 * = + - @, a tab or a carriage return may be run as a formula when the report
 * is opened in Excel or LibreOffice. Such cells get a leading apostrophe,
 * which makes them plain text on screen and harmless in every program.
 *
 * The marking must also come off again exactly, so that a report dropped back
 * into Sheetport gives the original values. The rule that makes this work:
 * look past any apostrophes the value already starts with; if what follows
 * is a trigger, add one apostrophe (escape) or remove one (unescape). So
 * '=x' → "'=x" → '=x', and "'=x" → "''=x" → "'=x", while "'abc" (no trigger
 * after the apostrophes) is never touched either way.
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r'])

/*
 * A signed plain number (-5, +82, -1.5, -2E3) is left alone: spreadsheet
 * programs read it as a number, never as a formula, so it cannot run
 * anything, and an apostrophe in front of every negative price or quantity
 * would make the report harder to read and fix.
 */
const SIGNED_PLAIN_NUMBER = /^[+-](?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

/** The value with its leading apostrophes taken off. */
function afterApostrophes(text: string): string {
  let i = 0
  while (text.charCodeAt(i) === 0x27) i++
  return text.slice(i)
}

/** True when the value, apostrophes aside, would start a formula in a spreadsheet program. */
function startsFormula(text: string): boolean {
  const rest = afterApostrophes(text)
  return TRIGGERS.has(rest.charAt(0)) && !SIGNED_PLAIN_NUMBER.test(rest)
}

/**
 * The text to write into a report cell: with one more leading apostrophe when
 * it (after any apostrophes it already has) starts with = + - @, a tab or a
 * carriage return, so no spreadsheet program runs it as a formula.
 */
export function escapeCell(text: string): string {
  return startsFormula(text) ? `'${text}` : text
}

/**
 * The original value of a report cell: exactly undoes escapeCell, for any
 * text (unescapeCell(escapeCell(x)) === x). Used when a report is imported again.
 */
export function unescapeCell(text: string): string {
  return text.charCodeAt(0) === 0x27 && startsFormula(text) ? text.slice(1) : text
}
