import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { JobService } from '../../src/core/jobs'
import { startPracticeServer, type PracticeServer } from '../../src/core/practice/server'
import { practiceResolver, source, table } from '../integration/jobs/support'
import { openApp, type AppUnderTest } from './harness'

const HEADERS = ['이메일', '이름', '성', '비밀번호', '수신동의']
const ROWS = Array.from({ length: 6 }, (_, i) => [`c${i}@example.com`, '민수', '김', `Pw-${i}-Secret!`, '예'])

function workbook(): Buffer {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([HEADERS, ...ROWS]), 'Sheet1')
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
}

describe('an upload a crash left unfinished', () => {
  let app: AppUnderTest
  let crashSite: PracticeServer

  beforeAll(async () => {
    app = await openApp()
    // Another run of the app "crashed" mid-upload: its creates were processed but never answered.
    crashSite = await startPracticeServer({ limits: { omnicommerce: null, occ: null, nclue: null } })
    crashSite.setFaults('occ', { hangAfterProcessing: { methods: ['POST'], pathIncludes: '/profiles' } })
    const crashed = new JobService({ stateDir: join(app.dataDir, 'jobs'), resolveConnection: practiceResolver(crashSite) })
    await crashed.start(source('customers:create', table(HEADERS, ROWS, 'Sheet1'), '고객.xlsx'), { connectionId: 'practice-occ' })
    for (let i = 0; i < 100 && crashSite.state.occProfiles.size === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50))
  })
  afterAll(async () => {
    await app.close()
    await crashSite.close()
  })

  it('is offered on the Import screen and, since passwords are never kept, continues from the same file', async () => {
    const { page } = app
    await page.reload()
    await page.getByRole('heading', { name: '중단된 업로드가 있습니다' }).waitFor()
    await page.getByRole('button', { name: '이어서 보내기' }).click()
    await page.getByRole('alert').filter({ hasText: '비밀번호는 보관하지 않으므로' }).waitFor()
    await app.screenshot('interrupted-needs-file-ko')
    await page.getByLabel('스프레드시트 선택…').setInputFiles({ name: '고객.xlsx', mimeType: 'application/octet-stream', buffer: workbook() })
    await page.getByRole('heading', { name: '업로드를 마쳤습니다' }).waitFor({ timeout: 30_000 })
    await expect(page.locator('.state-legend li', { hasText: '완료' }).locator('.state-count').textContent()).resolves.toBe('6')
    await app.screenshot('interrupted-continued-ko')
  })
})
