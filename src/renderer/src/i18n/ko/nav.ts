import type { Messages } from '../en'

/** Korean text: nav. */
export const nav: Messages['nav'] = {
  import: '가져오기',
  connections: '연결',
  history: '기록',
  settings: '설정',
  label: '주 메뉴'
}
