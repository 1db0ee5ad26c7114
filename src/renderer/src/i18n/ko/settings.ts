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
  runningIn: { desktop: '데스크톱 앱', web: '브라우저 (로컬 연결)' },
  log: {
    title: '지원용 기록',
    help: '업로드의 시작과 끝, 서비스가 기다려 달라고 하거나 행을 거절한 일, 예상하지 못한 오류를 여기에 적습니다. 키, 비밀번호, 스프레드시트 내용은 절대 적지 않으므로 도와주는 분께 이 파일을 그대로 보내도 됩니다.',
    file: '기록 파일',
    open: '기록 폴더 열기',
    opened: '폴더를 새 창으로 열었습니다.'
  }
}
