import { create } from 'zustand'

/** The import flow's steps, in order. */
export const IMPORT_STEPS = ['file', 'map', 'review', 'upload', 'results'] as const
/** One step of the import flow. */
export type ImportStep = (typeof IMPORT_STEPS)[number]

interface ImportState {
  readonly step: ImportStep
  goTo(step: ImportStep): void
}

/** Where the user is in File → Columns → Review → Upload → Results. */
export const useImport = create<ImportState>((set) => ({
  step: 'file',
  goTo: (step) => set({ step })
}))
