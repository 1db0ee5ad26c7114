import { create } from 'zustand'
import type { Failure } from '../../../../shared/errors'
import type { ImportView } from '../../../../shared/import-view'
import type { ColumnMapping } from '../../../../shared/mapping'
import type { TargetId } from '../../../../shared/targets'
import type { Language } from '../../../../shared/text'
import { api } from '../../api'
import { saveDownload } from '../../components/save-download'
import { openSheetFile } from './open-sheet-file'

/** The import flow's steps, in order. */
export const IMPORT_STEPS = ['file', 'map', 'review', 'upload', 'results'] as const
/** One step of the import flow. */
export type ImportStep = (typeof IMPORT_STEPS)[number]

type Answer = { ok: true; data: ImportView } | Failure

interface ImportState {
  readonly step: ImportStep
  readonly view: ImportView | null
  /** What is being waited for, e.g. the file being read; null when idle. */
  readonly busy: { readonly kind: 'reading'; readonly fileName: string } | { readonly kind: 'working' } | null
  readonly failure: Failure | null
  goTo(step: ImportStep): void
  /** Moves on to sending the rows the Review step found ready (the rest are skipped). */
  startUpload(): void
  openFile(file: File): Promise<void>
  /** Opens the practice sample of a target (first run), straight onto the Columns step. */
  openSample(target: TargetId): Promise<void>
  chooseSheet(sheetName: string): Promise<void>
  setHeaderRow(headerIndex: number): Promise<void>
  setTarget(target: TargetId): Promise<void>
  updateMapping(mapping: ColumnMapping): Promise<void>
  downloadTemplate(target: TargetId, language: Language): Promise<void>
  reset(): void
}

/**
 * The import flow's view state. Every action asks the core and shows what it
 * answers; the rules (reading, matching, validating) live in src/core.
 */
export const useImport = create<ImportState>((set, get) => {
  async function run(request: () => Promise<Answer>, busy: ImportState['busy'] = { kind: 'working' }): Promise<void> {
    set({ busy, failure: null })
    const answer = await request()
    set(answer.ok ? { view: answer.data, busy: null } : { failure: answer, busy: null })
  }
  const session = () => get().view?.sessionId ?? ''
  /** Opens a file or a sample; once it is open, the user moves on to the Columns step. */
  async function open(request: () => Promise<Answer>, busy: ImportState['busy']): Promise<void> {
    await run(request, busy)
    if (get().view && !get().failure) set({ step: 'map' })
  }

  return {
    step: 'file',
    view: null,
    busy: null,
    failure: null,
    goTo: (step) => set({ step }),
    // The Upload step asks where to send, then the core sends exactly the session's ready rows.
    startUpload: () => set({ step: 'upload' }),
    openFile: (file) => open(() => openSheetFile(file), { kind: 'reading', fileName: file.name }),
    openSample: (target) => open(() => api.samples.open({ target }), { kind: 'working' }),
    chooseSheet: (sheetName) => run(() => api.import.chooseSheet({ sessionId: session(), sheetName })),
    setHeaderRow: (headerIndex) => run(() => api.import.setHeaderRow({ sessionId: session(), headerIndex })),
    setTarget(target) {
      // Show the choice at once; the core's answer brings the mapping for it.
      const view = get().view
      if (view) set({ view: { ...view, target } })
      return run(() => api.import.setTarget({ sessionId: session(), target }))
    },
    updateMapping: (mapping) => run(() => api.import.setMapping({ sessionId: session(), mapping })),
    async downloadTemplate(target, language) {
      const answer = await api.templates.build({ target, language })
      if (answer.ok) saveDownload(answer.data)
      else set({ failure: answer })
    },
    reset: () => set({ step: 'file', view: null, failure: null, busy: null })
  }
})
