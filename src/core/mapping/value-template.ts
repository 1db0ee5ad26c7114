import { normalizeHeaderText } from './normalize'

/** A fixed value that takes other columns' cells: "https://myshop.co.kr/product/detail.html?product_no={상품번호}". */
export type ValueTemplate = (cells: readonly string[]) => string

const PLACEHOLDER = /\{([^{}]+)\}/g

/**
 * Compiles a fixed value with `{column header}` placeholders against a
 * header row. Null when it names no column (it is then a plain fixed value;
 * braces that name no column stay as they are). A row whose named cell is
 * empty gets no value: a half-built address is worse than none. One "/"
 * is kept where fixed text ending in "/" meets a cell starting with "/",
 * so an image host prefix before a relative path ("/web/product/1.jpg")
 * gives one clean address.
 */
export function compileTemplate(text: string, headers: readonly string[]): ValueTemplate | null {
  const columnOf = new Map<string, number>()
  headers.forEach((header, column) => {
    const key = normalizeHeaderText(header)
    if (key !== '' && !columnOf.has(key)) columnOf.set(key, column)
  })
  const parts: Array<string | number> = []
  let last = 0
  let named = false
  for (const match of text.matchAll(PLACEHOLDER)) {
    const column = columnOf.get(normalizeHeaderText(match[1] ?? ''))
    if (column === undefined) continue
    parts.push(text.slice(last, match.index), column)
    last = match.index + match[0].length
    named = true
  }
  if (!named) return null
  parts.push(text.slice(last))
  return (cells) => {
    let out = ''
    for (const part of parts) {
      if (typeof part === 'string') {
        out += part
        continue
      }
      const cell = (cells[part] ?? '').trim()
      if (cell === '') return ''
      out += out.endsWith('/') && cell.startsWith('/') ? cell.slice(1) : cell
    }
    return out
  }
}
