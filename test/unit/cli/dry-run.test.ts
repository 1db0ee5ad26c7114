import { describe, expect, it } from 'vitest'
import { runDryRun } from '../../../src/cli/dry-run'
import { translator } from '../../../src/cli/i18n'
import { Output, type Streams } from '../../../src/cli/output'
import { prepareJob } from '../../../src/core/jobs'
import { productRow, PRODUCT_HEADERS, sourceOf, titledSheet } from '../jobs/support'

function streams(): Streams & { out: string[] } {
  const out: string[] = []
  return {
    out,
    stdout: { write: (s: string) => out.push(s) } as unknown as NodeJS.WritableStream,
    stderr: Object.assign({ write: () => true }, { isTTY: false }) as unknown as Streams['stderr']
  }
}

describe('the dry run’s findings', () => {
  it('lists each row to fix by its sheet row — the sheet’s own errors and the service’s — and counts the rows with warnings', async () => {
    const rows = [productRow('A-1'), productRow('A-2'), productRow('A-1'), productRow('A-4'), productRow('A-5')]
    rows[1] = productRow('A-2').map((cell, c) => (c === 5 ? '15%' : cell))
    rows[3] = ['', '이름만', 'https://img.example/x.jpg', 'TOP', 'https://shop.example/p/x', '10']
    const source = sourceOf(titledSheet(PRODUCT_HEADERS, rows))
    const s = streams()
    const screen = { rows: [{ index: 4, reasonCode: 'image-unreachable', message: '' }] }
    const code = await runDryRun(source, { out: new Output(s, false), t: translator('en'), language: 'en', json: false, prepared: prepareJob(source), reportPath: null, screen })
    expect(code).toBe(1)
    expect(s.out.join('').split('\n').filter((line) => line !== '')).toEqual([
      'Checked 5 rows of “상품.xlsx” for products:create: 2 ready, 3 to fix. Nothing was sent.',
      'Checked the rows with OMNICOMMERCE too (nothing was sent).',
      expect.stringMatching(/^ {2}row 5: Same product id as row 3/),
      expect.stringMatching(/^ {2}row 6: .*product id/i),
      expect.stringMatching(/^ {2}row 7: .*image/i),
      '1 row with warnings would still be sent.'
    ])
  })
})
