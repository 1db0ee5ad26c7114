import type { Messages } from '../en'

/** Korean text: the app's own updates. */
export const updates: Messages['updates'] = {
  label: '업데이트',
  ready: '새 버전({{version}})이 준비되었습니다. Sheetport를 다시 시작하면 설치됩니다.',
  restartNow: '지금 다시 시작',
  waitForUploads: '업로드가 끝나면 다시 시작할 수 있습니다.'
}
