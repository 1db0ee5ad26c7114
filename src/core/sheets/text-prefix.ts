/**
 * A cell's text without Excel's text prefix: an apostrophe typed first
 * ('00123, '+8210…) tells Excel to keep the rest as text and is not part
 * of the value. Exports written by programs often carry it into the file,
 * in CSV and in xlsx strings alike. Only the first apostrophe goes, so
 * ''abc (a value that really starts with one) stays 'abc, and a cell
 * that is only an apostrophe keeps it: a prefix always comes before something.
 */
export function withoutTextPrefix(text: string): string {
  return text.charCodeAt(0) === 0x27 && text.length > 1 ? text.slice(1).trim() : text
}
