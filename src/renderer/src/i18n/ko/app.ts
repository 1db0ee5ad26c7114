import type { Messages } from '../en'

/** Korean text: app. */
export const app: Messages['app'] = {
  tagline: '스프레드시트를 쇼핑몰 서비스로',
  practiceBadge: '연습',
  skipToContent: '본문으로 건너뛰기'
}
