import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildFailureReport, reportFormatForPath, writeReport, type FailureReportInput } from '../../../src/core/report'

const input: FailureReportInput = {
  sourceFileName: 'products.xlsx',
  sheetName: 'Sheet1',
  headers: ['id'],
  rows: [{ rowNumber: 2, cells: ['000123'], status: 'failed', reason: 'Duplicate product id' }],
  blankColumns: [],
  format: 'csv',
  language: 'en'
}

describe('reportFormatForPath', () => {
  it('takes the format from the extension, in any case', () => {
    expect(reportFormatForPath('out/failures.xlsx')).toBe('xlsx')
    expect(reportFormatForPath('C:\\reports\\FAILURES.CSV')).toBe('csv')
  })

  it.each([['failures.xls'], ['failures.txt'], ['failures'], ['xlsx'], ['failures.xlsx.bak']])('refuses %j in plain words', (path) => {
    expect(() => reportFormatForPath(path)).toThrow(/must end in \.xlsx or \.csv/)
    expect(() => reportFormatForPath(path)).toThrow(expect.objectContaining({ code: 'report.bad-extension' }))
  })
})

describe('writeReport', () => {
  let folder = ''
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sheetport-report-'))
  })
  afterAll(() => rm(folder, { recursive: true, force: true }))

  it('writes the bytes, replacing an older report, and leaves no temporary file behind', async () => {
    const path = join(folder, 'failures.csv')
    await writeFile(path, 'old report')
    const report = buildFailureReport(input)
    await writeReport(path, report)
    expect(new Uint8Array(await readFile(path))).toEqual(report.bytes)
    expect(await readdir(folder)).toEqual(['failures.csv'])
  })

  it('writes an xlsx report to an .xlsx path', async () => {
    const path = join(folder, 'failures.xlsx')
    const report = buildFailureReport({ ...input, format: 'xlsx' })
    await writeReport(path, report)
    expect(new Uint8Array(await readFile(path))).toEqual(report.bytes)
  })

  it('refuses to put a CSV report into a file named .xlsx', async () => {
    const path = join(folder, 'wrong.xlsx')
    await expect(writeReport(path, buildFailureReport(input))).rejects.toMatchObject({ code: 'report.format-mismatch' })
    expect(await readdir(folder)).not.toContain('wrong.xlsx')
  })

  it('explains a missing folder in plain words', async () => {
    const path = join(folder, 'no such folder', 'failures.csv')
    await expect(writeReport(path, buildFailureReport(input))).rejects.toMatchObject({
      code: 'report.write-failed',
      message: expect.stringContaining('the folder does not exist'),
      params: { path, cause: 'no-folder' }
    })
  })

  it('explains a path that is a folder', async () => {
    const path = join(folder, 'a folder.csv')
    await mkdir(path)
    await expect(writeReport(path, buildFailureReport(input))).rejects.toMatchObject({ code: 'report.write-failed', params: { cause: 'is-folder' } })
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})
