import { readdir, readFile, truncate, writeFile } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { autoMap } from '../../../src/core/mapping'
import { startPracticeServer, type PracticeServer } from '../../../src/core/practice/server'
import { CUSTOMER_HEADERS, customerRows, PRODUCT_HEADERS, productRows, readRows, tempDir, writeWorkbook } from './fixtures'
import { busiestSecond, expectRefusal, jsonLine, keysFor, runCli } from './support'

/*
 * The headless CLI end to end: the real CLI as a child process, pointed with
 * --base-url and the practice keys at an emulator running in this process
 * (so the test can read its store and request log after the CLI is gone).
 * Pacing is the engine's own, at the services' real limits.
 */

let server: PracticeServer
let dir: string

beforeEach(async () => {
  server = await startPracticeServer({ nclueLifecycle: { registeredMs: 100, pendingMs: 100, inProgressMs: 100 }, omnicommerceProcessingMs: 300 })
  dir = await tempDir()
})
afterEach(async () => {
  await server.close()
})

const isGzip = (bytes: Buffer): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b

/** `import FILE --target T --base-url <emulator> --state-dir <tmp> --json …`; products wait for the service to finish processing them. */
function importArgs(file: string, target: string, ...more: string[]): string[] {
  const service = target.startsWith('products') ? 'omnicommerce' : target.startsWith('customers') ? 'occ' : 'nclue'
  const wait = target.startsWith('products') && !more.includes('--wait') ? ['--wait', '20'] : []
  return ['import', file, '--target', target, '--base-url', server.baseUrls[service], '--state-dir', join(dir, 'jobs'), '--json', ...wait, ...more]
}

describe('the five targets end to end', () => {
  it('products: creates, updates and deletes every row; exit 0 and the JSON adds up, at most 5 requests in any second', async () => {
    // Per run: separate processes pace on their own, so back-to-back runs are measured one at a time.
    const expectPacedRun = () => {
      expect(busiestSecond(server, 'omnicommerce')).toBeLessThanOrEqual(5)
      server.state.clearLog()
    }
    const keys = keysFor(server)
    const create = await runCli(importArgs(await writeWorkbook(join(dir, 'new.xlsx'), { 상품: [[...PRODUCT_HEADERS], ...productRows(250)] }), 'products:create'), keys)
    expect(create.code, create.stderr).toBe(0)
    expect(jsonLine(create)).toMatchObject({ total: 250, invalid: 0, sent: 250, accepted: 250, failed: 0, unknown: 0, pending: 0 })
    // 3 sends, the status counts before and while processing, and one product read as proof: far from one read per product.
    expect(Number(jsonLine(create)['requests'])).toBeGreaterThanOrEqual(3 + 2 + 1)
    expect(Number(jsonLine(create)['requests'])).toBeLessThanOrEqual(3 + 0.05 * 250)
    expect(server.state.products.get('P00007')?.fields['metadata']).toMatchObject({ productName: '상품 7' })
    expectPacedRun()

    const update = await runCli(importArgs(await writeWorkbook(join(dir, 'names.xlsx'), { 상품: [['상품코드', '상품명'], ...productRows(250, '새 이름').map((r) => [r[0] ?? '', r[4] ?? ''])] }), 'products:update'), keys)
    expect(update.code, update.stderr).toBe(0)
    expect(jsonLine(update)).toMatchObject({ total: 250, accepted: 250 })
    expect(server.state.products.get('P00007')?.fields['metadata']).toMatchObject({ productName: '새 이름 7' })
    expect(server.state.products.get('P00007')?.fields['detection']).toBe('TOP')
    expectPacedRun()

    const remove = await runCli(importArgs(await writeWorkbook(join(dir, 'gone.xlsx'), { 상품: [['상품코드'], ...productRows(250).map((r) => [r[0] ?? ''])] }), 'products:delete'), keys)
    expect(remove.code, remove.stderr).toBe(0)
    expect(jsonLine(remove)).toMatchObject({ total: 250, accepted: 250 })
    expect(server.state.products.size).toBe(0)
    expectPacedRun()

    // The key travels in the environment only: never in the output or the job records.
    const records = await Promise.all((await readdir(join(dir, 'jobs'))).map((name) => readFile(join(dir, 'jobs', name))))
    const written = [create, update, remove].map((r) => r.stdout + r.stderr).join('') + records.map((b) => (isGzip(b) ? gunzipSync(b) : b).toString('utf8')).join('')
    expect(records.length).toBe(6)
    expect(written).toContain('P00007')
    expect(written).not.toContain(keys['OMNICOMMERCE_API_KEY'])
  })

  it('customers: creates each profile exactly once (storefront, no application key)', async () => {
    const file = await writeWorkbook(join(dir, 'customers.xlsx'), { Sheet1: [[...CUSTOMER_HEADERS], ...customerRows(12)] })
    const run = await runCli(importArgs(file, 'customers:create', '--language', 'ko'))
    expect(run.code, run.stderr).toBe(0)
    expect(jsonLine(run)).toMatchObject({ total: 12, accepted: 12, sent: 12 })
    const emails = [...server.state.occProfiles.values()].map((p) => p.email).sort()
    expect(emails).toEqual(customerRows(12).map((r) => r[0]).sort())
    expect(busiestSecond(server, 'occ', true)).toBeLessThanOrEqual(8)
  })

  it('intents with --wait: follows the created profiles until NCLUE finishes them, one request per second', async () => {
    const file = await writeWorkbook(join(dir, 'intents.xlsx'), { Sheet1: [['프로필명', 'task_name'], ['여름 원피스', 'practice-fashion-intent'], ['가을 코트', 'practice-fashion-intent'], ['겨울 패딩', 'practice-fashion-intent']] })
    // A wider margin on the one-second window than the engine's 50 ms (a test-only setting; see cli-faults.test.ts).
    const run = await runCli(importArgs(file, 'intents:create', '--wait', '30'), keysFor(server))
    expect(run.code, run.stderr).toBe(0)
    expect(jsonLine(run)).toMatchObject({ total: 3, accepted: 3, pending: 0 })
    expect([...server.state.nclueProfiles.values()].map((p) => server.state.nclueStatus(p.profile_id))).toEqual(['completed', 'completed', 'completed'])
    expect(busiestSecond(server, 'nclue')).toBeLessThanOrEqual(1)
  })
})

describe('refusals', () => {
  it('exits 2 with one plain line (no stack trace) for a missing or unreadable file, an unknown sheet, an unmapped required field, a missing key and a bad target', async () => {
    const products = await writeWorkbook(join(dir, 'products.xlsx'), { 상품: [[...PRODUCT_HEADERS], ...productRows(3)], 메모: [['note'], ['x']] })
    const noEmail = await writeWorkbook(join(dir, 'no-email.xlsx'), { Sheet1: [['이름', '성', '수신동의'], ['민수', '김', '예']] })
    const broken = join(dir, 'broken.xlsx')
    await writeFile(broken, Buffer.from('PK\u0003\u0004 this is not really a workbook'))
    // 3 GiB without taking the disk: a file this big could not even be read into memory, so the refusal must come from its size.
    const huge = join(dir, 'catalog.csv')
    await writeFile(huge, '')
    await truncate(huge, 3 * 1024 ** 3)
    const [missing, unreadable, sheet, unmapped, noKey, target, tooBig] = await Promise.all([
      runCli(importArgs(join(dir, 'nope.xlsx'), 'products:create'), keysFor(server)),
      runCli(importArgs(broken, 'products:create'), keysFor(server)),
      runCli(importArgs(products, 'products:create', '--sheet', 'Prices'), keysFor(server)),
      runCli(importArgs(noEmail, 'customers:create')),
      runCli(importArgs(products, 'products:create'), { NCP_ACCESS_KEY: 'x', NCP_SECRET_KEY: 'y' }),
      runCli(['import', products, '--target', 'products:upsert']),
      runCli(importArgs(huge, 'products:create'), keysFor(server))
    ])
    expectRefusal(missing, /There is no file at .*nope\.xlsx/)
    expectRefusal(unreadable, /“broken\.xlsx” (is incomplete|looks damaged|is not a spreadsheet)/)
    expectRefusal(sheet, /no sheet named “Prices”.*Its sheets: “상품”, “메모”/)
    expectRefusal(unmapped, /No column gives “Email” \(email\), which customers:create needs/)
    expectRefusal(noKey, /Set the environment variable OMNICOMMERCE_API_KEY\b/)
    expectRefusal(target, /“products:upsert” is not a target\. Use one of: products:create, .*intents:create/)
    expectRefusal(tooBig, /“catalog\.csv” is larger than \d+ MB, the most Sheetport reads at once/)
    expect(server.state.requests()).toHaveLength(0)
  })

  it('refuses --resume of a job that does not exist and a bad --wait before reading anything', async () => {
    const [resume, wait] = await Promise.all([
      runCli(['import', 'any.xlsx', '--resume', 'no-such-job', '--state-dir', dir]),
      runCli(['import', 'any.xlsx', '--target', 'intents:create', '--wait', 'soon'])
    ])
    expectRefusal(resume, /There is no job “no-such-job”/)
    expectRefusal(wait, /--wait takes a number of seconds/)
  })
})

describe('products the service is still processing', () => {
  it('without --wait: asked once at the end, reported as still processing (exit 0); --resume with --wait asks again, sends nothing, and the one the service could not process fails with its reason', async () => {
    const broken = ['P00009', 'https://shop.example.com/img/error-image/9.jpg', 'TOP', 'https://shop.example.com/p/9', '상품 9']
    const file = await writeWorkbook(join(dir, 'p.xlsx'), { 상품: [[...PRODUCT_HEADERS], ...productRows(3), broken] })
    const first = await runCli(importArgs(file, 'products:create', '--wait', '0', '--job-id', 'later-1'), keysFor(server))
    expect(first.code, first.stderr).toBe(0)
    expect(jsonLine(first)).toMatchObject({ total: 4, accepted: 0, pending: 4, requests: 3 }) // counts before, the send, counts after
    expect(first.stdout + first.stderr).toMatch(/4 products still being processed by the service \(not a failure\).*--resume later-1/)
    await new Promise((resolve) => setTimeout(resolve, 400))
    server.state.clearLog()
    const report = join(dir, 'later.csv')
    const again = await runCli(['import', file, '--resume', 'later-1', '--base-url', server.baseUrls.omnicommerce, '--state-dir', join(dir, 'jobs'), '--json', '--wait', '10', '--report', report], keysFor(server))
    expect(again.code, again.stderr).toBe(1)
    expect(again.stderr).toMatch(/Asking the service again about the 4 rows of job later-1/)
    expect(jsonLine(again)).toMatchObject({ total: 4, accepted: 3, failed: 1, pending: 0 })
    const reported = await readRows(report)
    expect(reported).toHaveLength(2)
    expect(reported[1]?.[0]).toBe('P00009')
    expect(reported[1]?.at(-1)).toMatch(/image URL could not be opened — check that the link works in a browser/)
    expect(server.state.requests('omnicommerce').filter((r) => r.method !== 'GET')).toHaveLength(0)
  })
})

describe('invalid rows, dry runs and reports', () => {
  const withInvalid = () => {
    const rows = productRows(6)
    rows[2] = ['P00002', 'https://shop.example.com/img/2.jpg', 'NOT-A-KIND', 'https://shop.example.com/p/2', '잘못된 분류']
    return [[...PRODUCT_HEADERS], ...rows]
  }

  it('sends the valid rows, exits 1 for the invalid one, and --report .csv lists it with its reason', async () => {
    const report = join(dir, 'failures.csv')
    const run = await runCli(importArgs(await writeWorkbook(join(dir, 'p.xlsx'), { 상품: withInvalid() }), 'products:create', '--report', report), keysFor(server))
    expect(run.code, run.stderr).toBe(1)
    expect(jsonLine(run)).toMatchObject({ total: 6, invalid: 1, accepted: 5, sent: 5 })
    expect(server.state.products.has('P00002')).toBe(false)
    const rows = await readRows(report)
    expect(rows).toHaveLength(2)
    expect(rows[0]?.slice(0, 5)).toEqual([...PRODUCT_HEADERS])
    expect(rows[1]).toEqual(expect.arrayContaining(['P00002', 'NOT-A-KIND', '4']))
    expect(rows[1]?.at(-1)).toMatch(/detection|분류|value/i)
    expect(run.stderr).toMatch(/row 4 — needs fixing/)
  })

  it('--dry-run sends nothing, lists each row to fix (--report writes them), and exits 1 (0 for a clean file)', async () => {
    const toFix = join(dir, 'to-fix.xlsx')
    const bad = await runCli(['import', await writeWorkbook(join(dir, 'bad.xlsx'), { 상품: withInvalid() }), '--target', 'products:create', '--dry-run', '--base-url', server.baseUrls.omnicommerce, '--report', toFix])
    expect(bad.code, bad.stderr).toBe(1)
    expect(bad.stdout).toMatch(/Checked 6 rows .*: 5 ready, 1 to fix\. Nothing was sent\./)
    expect(bad.stdout).toMatch(/^ {2}row 4: .+/m)
    expect((await readRows(toFix)).map((r) => r[0])).toEqual(['상품코드', 'P00002'])
    const clean = await runCli(['import', await writeWorkbook(join(dir, 'clean.xlsx'), { 상품: [[...PRODUCT_HEADERS], ...productRows(4)] }), '--target', 'products:create', '--dry-run', '--json'])
    expect(clean.code, clean.stderr).toBe(0)
    expect(jsonLine(clean, { partial: true })).toEqual(expect.objectContaining({ job: null, total: 4, invalid: 0, sent: 0, accepted: 0, requests: 0 }))
    expect(server.state.requests()).toHaveLength(0)
  })

  it('--report .xlsx holds the rows the service refused, with the original cells and a plain reason', async () => {
    const rows = customerRows(5)
    rows[1] = ['internal-error-1@example.com', '지수', '이', '예']
    rows[3] = ['internal-error-3@example.com', '현우', '박', '아니오']
    const report = join(dir, 'refused.xlsx')
    const run = await runCli(importArgs(await writeWorkbook(join(dir, 'c.xlsx'), { 고객: [[...CUSTOMER_HEADERS], ...rows] }), 'customers:create', '--report', report))
    expect(run.code, run.stderr).toBe(1)
    expect(jsonLine(run)).toMatchObject({ total: 5, accepted: 3, failed: 2 })
    const written = await readRows(report)
    expect(written.map((r) => r[0])).toEqual(['이메일', 'internal-error-1@example.com', 'internal-error-3@example.com'])
    for (const row of written.slice(1)) {
      expect(row).toEqual(expect.arrayContaining(['고객', 'Failed']))
      expect(row.at(-1)).not.toBe('')
    }
  })
})

describe('mapping files, saved connections and language', () => {
  const oddHeaders = ['SKU', 'Picture', 'Kind', 'Link', 'Title']

  it('--mapping accepts the friendly form (over the automatic mapping) and the full form the app saves', async () => {
    const file = await writeWorkbook(join(dir, 'odd.xlsx'), { Sheet1: [oddHeaders, ...productRows(3)] })
    const plain = await runCli(['import', file, '--target', 'products:create', '--dry-run'])
    expectRefusal(plain, /No column gives .*(url|detection)/)
    const friendly = join(dir, 'friendly.json')
    await writeFile(friendly, JSON.stringify({ columns: { sku: 'id', Picture: 'url', Kind: 'detection', Link: 'salesUrl', Title: 'metadata.productName' }, constants: { 'metadata.brand': 'Sheetport' } }))
    const ok = await runCli(['import', file, '--target', 'products:create', '--mapping', friendly, '--base-url', server.baseUrls.omnicommerce, '--json', '--wait', '20'], keysFor(server))
    expect(ok.code, ok.stderr).toBe(0)
    expect(jsonLine(ok)).toMatchObject({ total: 3, accepted: 3 })
    expect(server.state.products.get('P00001')?.fields['metadata']).toMatchObject({ productName: '상품 1', brand: 'Sheetport' })

    const full = join(dir, 'full.json')
    await writeFile(full, JSON.stringify(autoMap([...PRODUCT_HEADERS], 'products:update')))
    const wrongTarget = await runCli(['import', await writeWorkbook(join(dir, 'p.xlsx'), { S: [[...PRODUCT_HEADERS], ...productRows(2)] }), '--target', 'products:create', '--mapping', full, '--dry-run'])
    expectRefusal(wrongTarget, /The mapping file is for products:update, not products:create/)
    const right = await runCli(['import', join(dir, 'p.xlsx'), '--target', 'products:update', '--mapping', full, '--dry-run'])
    expect(right.code, right.stderr).toBe(0)
    const unknownColumn = join(dir, 'unknown.json')
    await writeFile(unknownColumn, JSON.stringify({ columns: { 가격: 'metadata.salesPrice' } }))
    expectRefusal(await runCli(['import', file, '--target', 'products:create', '--mapping', unknownColumn, '--dry-run']), /names a column “가격” that the sheet does not have/)
  })

  it('--connection NAME uses a connection saved in the app (a practice one needs no keychain); an unknown name is refused', async () => {
    const file = await writeWorkbook(join(dir, 'p.xlsx'), { 상품: [[...PRODUCT_HEADERS], ...productRows(3)] })
    const dataDir = { SHEETPORT_DATA_DIR: join(dir, 'data') }
    const run = await runCli(['import', file, '--target', 'products:create', '--connection', 'omnicommerce (practice)', '--json', '--wait', '20'], dataDir)
    expect(run.code, run.stderr).toBe(0)
    expect(jsonLine(run)).toMatchObject({ total: 3, accepted: 3 })
    expect(run.stderr).toMatch(/to OMNICOMMERCE \(practice\)/)
    expectRefusal(await runCli(['import', file, '--target', 'products:create', '--connection', 'Shop'], dataDir), /no saved connection named “Shop”/)
    expectRefusal(await runCli(['import', file, '--target', 'products:create', '--connection', 'NCLUE (practice)'], dataDir), /is for nclue, but products:create sends to omnicommerce/)
  })

  it('writes the app’s support log: the command, its job and how each ended — no key, cell or file name', async () => {
    const rows = [...productRows(3), ['P00099', 'https://shop.example.com/img/unreachable.jpg', 'TOP', 'https://shop.example.com/p/99', '상품 99']]
    const file = await writeWorkbook(join(dir, '여름 상품.xlsx'), { 상품: [[...PRODUCT_HEADERS], ...rows] })
    const env = { ...keysFor(server), SHEETPORT_DATA_DIR: join(dir, 'data') }
    const run = await runCli(importArgs(file, 'products:create'), env)
    expect(run.code, run.stderr).toBe(1)
    const jobId = String(jsonLine(run)['job'])
    expectRefusal(await runCli(['import', join(dir, 'missing.xlsx'), '--target', 'products:create'], env), /There is no file at/)
    const log = await readFile(join(dir, 'data', 'logs', 'sheetport.log'), 'utf8')
    const events = log.split('\n').filter(Boolean).map((line) => line.split(' ').slice(1, 3).join(' ').replace(/\[\d+\]/, ''))
    expect(events).toEqual(['cli command.start', 'cli job.start', 'cli job.end', 'cli job.refusals', 'cli command.end', 'cli command.start', 'cli command.refused'])
    expect(log).toContain(`job.start job=${jobId} target=products:create rows=4 invalid=0 resumed=no`)
    expect(log).toMatch(new RegExp(`job\\.end job=${jobId} status=finished accepted=3 failed=1 .*\\n.*job\\.refusals job=${jobId} reasons=image-unreachable:1`))
    expect(log).toMatch(/command\.end exit=1 seconds=[\d.]+\n.*command\.start command=import platform=\w+\n.*command\.refused code=file-not-found\n$/)
    for (const value of ['P00099', '상품', 'shop.example.com', '여름', dir, ...Object.values(keysFor(server))]) expect(log.includes(value), value).toBe(false)
  })

  it('a dry run with keys checks each row’s task, by name or id, with NCLUE and names the closest task; without keys it only checks the sheet', async () => {
    const rows = [['프로필명', 'task_id'], ['이름으로', 'practice-fashion-intent'], ['ID로', '3179664c-0000-4000-8000-af6354344018'], ['오타', 'practice-fashon-intent']]
    const file = await writeWorkbook(join(dir, '의도.xlsx'), { 의도: rows })
    const checked = await runCli(['import', file, '--target', 'intents:create', '--dry-run', '--sandbox', '--ui-lang', 'ko', '--json'])
    expect(checked.code, checked.stderr).toBe(1)
    expect(jsonLine(checked, { partial: true })).toMatchObject({ total: 3, invalid: 1, sent: 0 })
    expect(checked.stderr).toContain('NCLUE에서도 행을 확인했습니다')
    expect(checked.stderr).toMatch(/4행: 이 이름이나 ID의 NCLUE 태스크가 없습니다 — 혹시 “practice-fashion-intent”인가요\?/)
    const sheetOnly = await runCli(['import', file, '--target', 'intents:create', '--dry-run', '--json'])
    expect(sheetOnly.code, sheetOnly.stderr).toBe(0)
    expect(jsonLine(sheetOnly, { partial: true })).toMatchObject({ total: 3, invalid: 0 })
  })

  it('speaks Korean with --ui-lang ko or a Korean locale', async () => {
    const file = await writeWorkbook(join(dir, 'p.xlsx'), { 상품: [[...PRODUCT_HEADERS], ...productRows(2)] })
    const dry = await runCli(['import', file, '--target', 'products:create', '--dry-run', '--ui-lang', 'ko'])
    expect(dry.code, dry.stderr).toBe(0)
    expect(dry.stdout).toMatch(/2행을 products:create 기준으로 확인했습니다.*아무것도 보내지 않았습니다/)
    const refusal = await runCli(['import', join(dir, 'nope.xlsx'), '--target', 'products:create'], { LANG: 'ko_KR.UTF-8' })
    expectRefusal(refusal, /에 파일이 없습니다\.$/)
    const english = await runCli(['import', join(dir, 'nope.xlsx'), '--target', 'products:create', '--ui-lang', 'en'], { LC_ALL: 'ko_KR.UTF-8' })
    expectRefusal(english, /^There is no file at/)
  })
})

describe('read', () => {
  it('prints what Sheetport reads, in the sheet’s own terms: sheets, the header row, every row with its number and its cells by column letter', async () => {
    // A memo sheet first, and a blank column C that is left out: the letters still say where each cell is in Excel.
    const file = await writeWorkbook(join(dir, 'read.xlsx'), {
      메모: [['담당: 김민지']],
      상품: [['재고 목록'], [], ['상품코드', '상품명', '', '판매가'], ['A-1', '린넨 셔츠', '', '39000'], ['A-2', '울 코트', '', '159000']]
    })
    const run = await runCli(['read', file, '--json'])
    expect(run.code, run.stderr).toBe(0)
    const lines = run.stdout.split('\n').filter(Boolean)
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      sheet: '상품',
      sheets: ['메모', '상품'],
      headerRow: 3,
      columns: ['A', 'B', 'D'],
      rows: [
        { row: 1, cells: ['재고 목록', '', ''] },
        { row: 3, cells: ['상품코드', '상품명', '판매가'] },
        { row: 4, cells: ['A-1', '린넨 셔츠', '39000'] },
        { row: 5, cells: ['A-2', '울 코트', '159000'] }
      ]
    })
    const human = await runCli(['read', file, '--sheet', '상품', '--ui-lang', 'ko'])
    expect(human.code, human.stderr).toBe(0)
    expect(human.stdout).toContain('“상품” 시트, 머리글 3행: A 상품코드 · B 상품명 · D 판매가')
    expect(human.stdout).toContain('4\tA=A-1\tB=린넨 셔츠\tD=39000')
    expectRefusal(await runCli(['read', file, '--target', 'products:create']), /--target is for import; read takes only --sheet and --json/)
  })

  it('reads a Western Windows CSV right, and says so on stderr only when its encoding was a guess', async () => {
    // Windows-1252: M\xfcller, \x80 12 (€), \x93Best\x94 (curly quotes).
    const western = join(dir, 'western.csv')
    await writeFile(western, Buffer.from([...Buffer.from('Name,Price\r\nM'), 0xfc, ...Buffer.from('ller,'), 0x80, ...Buffer.from(' 12\r\n'), 0x93, ...Buffer.from('Best'), 0x94, ...Buffer.from(',1\r\n')]))
    const sure = await runCli(['read', western, '--ui-lang', 'en'])
    expect(sure.code, sure.stderr).toBe(0)
    expect(sure.stdout).toContain('A=Müller\tB=€ 12')
    expect(sure.stdout).toContain('A=“Best”\tB=1')
    expect(sure.stderr).not.toContain('CSV UTF-8')

    const odd = join(dir, 'odd.csv')
    await writeFile(odd, Buffer.from([...Buffer.from('ID,Code\r\n1,'), 0x9d, 0x8f, 0xad, ...Buffer.from('\r\n')]))
    const guessed = await runCli(['read', odd, '--ui-lang', 'en'])
    expect(guessed.code, guessed.stderr).toBe(0)
    expect(guessed.stderr).toContain('so it was read as Western European (Windows-1252)')
    expect(guessed.stderr).toContain('“CSV UTF-8 (Comma delimited)”')
  })
})
