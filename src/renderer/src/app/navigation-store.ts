import { create } from 'zustand'

/** The app's top-level screens, in sidebar order. */
export const SCREENS = ['import', 'connections', 'history', 'settings'] as const
/** One top-level screen. */
export type Screen = (typeof SCREENS)[number]

interface NavigationState {
  readonly screen: Screen
  go(screen: Screen): void
}

/** Which screen is showing; the sidebar and empty-state actions change it. */
export const useNavigation = create<NavigationState>((set) => ({
  screen: 'import',
  go: (screen) => set({ screen })
}))
