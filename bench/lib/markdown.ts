/** Escapes what would break a markdown table cell. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ')
}

/** A markdown table with padded columns, so it reads as well in a terminal as rendered. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [headers, ...rows].map((row) => headers.map((_, c) => cell(row[c] ?? '')))
  const widths = headers.map((_, c) => Math.max(3, ...all.map((row) => (row[c] ?? '').length)))
  const line = (row: readonly string[]) => `| ${row.map((text, c) => text.padEnd(widths[c] ?? 3)).join(' | ')} |`
  const [head, ...body] = all
  return [line(head ?? []), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n')
}
