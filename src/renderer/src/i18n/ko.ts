import type { Messages } from './en'

/** Korean interface text — most of Sheetport's users read this. */
export const ko: Messages = {
  app: {
    tagline: '스프레드시트를 쇼핑몰 서비스로',
    practiceBadge: '연습',
    skipToContent: '본문으로 건너뛰기'
  },
  nav: {
    import: '가져오기',
    connections: '연결',
    history: '기록',
    settings: '설정',
    label: '주 메뉴'
  },
  import: {
    title: '스프레드시트 가져오기',
    subtitle: '엑셀의 행을 쇼핑몰 서비스로 보내기 전에 확인하고, 행마다 어떻게 처리됐는지 정확히 볼 수 있습니다.',
    steps: {
      file: '파일',
      map: '열 연결',
      review: '검토',
      upload: '업로드',
      results: '결과'
    },
    stepOf: '{{total}}단계 중 {{current}}단계'
  },
  connections: {
    title: '연결',
    subtitle: '가져온 데이터를 보낼 곳입니다. 키는 컴퓨터의 안전한 키체인에 보관되며 다시 표시되지 않습니다.',
    practiceHint: '연습용 연결은 앱에 들어 있는 가상 서비스를 사용하므로 계정 없이도 모든 기능을 써 볼 수 있습니다.',
    empty: '아직 연결이 없습니다.',
    loading: '연결을 불러오는 중…',
    columns: { name: '이름', service: '서비스', address: '주소', status: '상태' },
    status: { practice: '연습 준비됨', keySaved: '키 저장됨', noKey: '키 없음' }
  },
  services: {
    omnicommerce: 'OMNICOMMERCE 상품',
    occ: 'Oracle Commerce Cloud 고객',
    nclue: 'NCLUE 쇼핑 의도'
  },
  history: {
    title: '기록',
    subtitle: '실행한 모든 가져오기가 결과와 실패 보고서와 함께 여기에 보관됩니다.',
    emptyTitle: '아직 가져오기 기록이 없습니다',
    emptyBody: '첫 가져오기를 마치면 여기에 표시됩니다. 다시 열어 행별 결과를 보거나 보고서를 다시 내보낼 수 있습니다.',
    emptyAction: '가져오기 시작'
  },
  settings: {
    title: '설정',
    language: '언어',
    languageHelp: '여기서 고르지 않으면 컴퓨터의 언어를 따릅니다.',
    languageSystem: '컴퓨터 설정과 같게 ({{language}})',
    languageKo: '한국어',
    languageEn: 'English',
    about: '정보',
    version: '버전 {{version}}',
    runningIn: { desktop: '데스크톱 앱', web: '브라우저 (로컬 연결)' }
  },
  errors: {
    generic: '문제가 생겼습니다. 다시 시도해 주세요.',
    'bridge-unreachable': 'Sheetport가 응답하지 않습니다. 실행 중인지 확인해 주세요.',
    'invalid-request': '요청 형식이 올바르지 않습니다.',
    internal: 'Sheetport 내부에서 문제가 생겼습니다. 다시 시도해 주세요.'
  }
}
