import type { Messages } from '../en'

/** Korean text: settings. */
export const settings: Messages['settings'] = {
  title: '설정',
  language: '언어',
  languageHelp: '여기서 고르지 않으면 컴퓨터의 언어를 따릅니다.',
  languageSystem: '컴퓨터 설정과 같게 ({{language}})',
  languageKo: '한국어',
  languageEn: 'English',
  about: '정보',
  version: '버전 {{version}}',
  runningIn: { desktop: '데스크톱 앱', web: '브라우저 (로컬 연결)' }
}
