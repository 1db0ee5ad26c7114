// Figure 7's baseline as a whole process: a plain Node script (no tsx, no
// bundle) that opens a spreadsheet with SheetJS, turns its first sheet into
// arrays and exits, printing {"rows": n} (header included) on stdout.
// `node bench/cli/sheetjs-open.mjs <file>`
import { createRequire } from 'node:module'
import process from 'node:process'

// SheetJS's CommonJS build, the one the bundled CLI loads (its ESM build has no fs for readFile).
const XLSX = createRequire(import.meta.url)('xlsx')

const file = process.argv[2]
if (file === undefined) {
  process.stderr.write('usage: node bench/cli/sheetjs-open.mjs <file>\n')
  process.exit(2)
}
const book = XLSX.readFile(file, { dense: true })
const first = book.SheetNames[0]
const rows = first === undefined ? [] : XLSX.utils.sheet_to_json(book.Sheets[first], { header: 1 })
process.stdout.write(`${JSON.stringify({ rows: rows.length })}\n`)
