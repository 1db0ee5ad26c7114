import type { MenuItemConstructorOptions } from 'electron'
import type { DesktopTexts } from '../desktop/desktop-texts'

/** What the menu depends on. */
export interface MenuOptions {
  readonly platform: NodeJS.Platform
  /** Installed builds have no reload or developer tools (Ctrl+R would throw away the screen's work mid-flow). */
  readonly packaged: boolean
  readonly texts: DesktopTexts
}

/**
 * The application menu, in the interface language: on macOS the app menu
 * (about, hide, quit) and Edit (so copy and paste work in text fields) and
 * Window; on Windows and Linux File (exit) and Edit. Only `npm start` gets a
 * View menu with reload and the developer tools.
 */
export function appMenuTemplate({ platform, packaged, texts }: MenuOptions): MenuItemConstructorOptions[] {
  const m = texts.menu
  const edit: MenuItemConstructorOptions = {
    label: m.edit,
    submenu: [
      { role: 'undo', label: m.undo },
      { role: 'redo', label: m.redo },
      { type: 'separator' },
      { role: 'cut', label: m.cut },
      { role: 'copy', label: m.copy },
      { role: 'paste', label: m.paste },
      { role: 'selectAll', label: m.selectAll }
    ]
  }
  const view: MenuItemConstructorOptions[] = packaged
    ? []
    : [{ label: m.view, submenu: [{ role: 'reload', label: m.reload }, { role: 'toggleDevTools', label: m.toggleDevTools }] }]
  if (platform === 'darwin') {
    return [
      {
        label: 'Sheetport',
        submenu: [
          { role: 'about', label: m.about },
          { type: 'separator' },
          { role: 'hide', label: m.hide },
          { role: 'hideOthers', label: m.hideOthers },
          { role: 'unhide', label: m.unhide },
          { type: 'separator' },
          { role: 'quit', label: m.quit }
        ]
      },
      edit,
      ...view,
      { label: m.window, submenu: [{ role: 'minimize', label: m.minimize }, { role: 'zoom', label: m.zoom }, { role: 'close', label: m.close }] }
    ]
  }
  return [{ label: m.file, submenu: [{ role: 'quit', label: m.exit }] }, edit, ...view]
}
