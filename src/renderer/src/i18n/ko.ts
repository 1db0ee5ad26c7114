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
    stepOf: '{{total}}단계 중 {{current}}단계',
    drop: {
      title: '스프레드시트를 여기에 끌어다 놓으세요',
      body: '엑셀(.xlsx, .xls), 오픈오피스(.ods), CSV, TSV 파일. 어떤 엑셀에서 만든 한글도 그대로 읽습니다.',
      choose: '파일 선택…',
      reading: '“{{fileName}}” 읽는 중…',
      dropAnywhere: '파일을 놓으면 열립니다'
    },
    templates: {
      title: '양식으로 시작하기',
      body: '알맞은 열 이름, 예시 한 줄, 모든 항목을 설명하는 시트가 들어 있는 엑셀 파일입니다.',
      download: '양식 내려받기'
    },
    file: {
      rows: '{{count}}행',
      sheet: '시트',
      headerRow: '제목 행',
      headerRowHelp: '열 이름이 있는 행입니다. 그 위의 행은 건너뜁니다.',
      rowLabel: '{{number}}행: {{preview}}',
      another: '다른 파일 사용'
    },
    target: {
      title: '이 행들을 무엇으로 보낼까요?',
      legend: '가져올 대상'
    },
    mapping: {
      title: '열 연결하기',
      restored: '이 파일과 같은 형식의 파일에 지난번 저장한 열 연결을 적용했습니다.',
      column: '내 파일의 열',
      examples: '예시 값',
      field: '연결할 항목',
      ignore: '이 열은 가져오지 않음',
      extraGroup: '추가 정보',
      extraOption: '추가 항목 “{{key}}”',
      fieldsGroup: '항목',
      required: '필수',
      missingTitle: '아직 열이 연결되지 않은 필수 정보가 있습니다',
      missingOne: '{{fields}}',
      missingAnyOf: '{{fields}} 중 하나',
      missingHelp: '각 항목에 열을 고르거나, 아래에서 고정 값을 정해 주세요.',
      allSet: '모든 필수 항목에 열이나 고정 값이 있습니다.',
      constantsTitle: '고정 값',
      constantsHelp: '모든 행에 똑같이 쓰는 값입니다. 예: 통화 KRW. 열에 값이 있으면 열 값이 우선합니다.',
      constantField: '항목',
      constantValue: '값',
      addConstant: '고정 값 추가',
      removeConstant: '삭제',
      noConstants: '고정 값이 없습니다.',
      chooseField: '항목 선택…',
      previewTitle: '미리 보기',
      previewHelp: '보낼 모습 그대로의 첫 몇 행입니다.',
      previewEmpty: '열을 하나 이상 연결하면 미리 보기가 나타납니다.',
      row: '행',
      continue: '검토로 계속',
      back: '뒤로'
    }
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
    internal: 'Sheetport 내부에서 문제가 생겼습니다. 다시 시도해 주세요.',
    sheet: {
      'empty-file': '“{{fileName}}” 파일이 비어 있습니다.',
      truncated: '“{{fileName}}” 파일이 완전하지 않습니다(내려받기나 복사가 끝나지 않았을 수 있습니다). 새로 받아서 다시 시도해 주세요.',
      encrypted: '“{{fileName}}” 파일에 암호가 걸려 있습니다. 엑셀에서 암호를 해제해 저장한 뒤 다시 시도해 주세요.',
      'unsupported-format': '“{{fileName}}”은(는) Sheetport가 읽을 수 있는 스프레드시트가 아닙니다. .xlsx, .xls, .ods, .csv, .tsv 파일을 사용해 주세요.',
      'html-file': '“{{fileName}}”은(는) 스프레드시트 이름으로 저장된 웹 페이지입니다. 엑셀에서 열어 .xlsx로 저장한 뒤 다시 시도해 주세요.',
      corrupt: '“{{fileName}}” 파일이 손상된 것 같습니다. 엑셀에서 열어 다시 저장한 뒤 시도해 주세요.',
      'no-sheets': '“{{fileName}}”에 읽을 시트가 없습니다.',
      'sheet-not-found': '“{{fileName}}”에 “{{sheetName}}” 시트가 없습니다.',
      'too-large': '“{{fileName}}”이(가) 한 번에 읽을 수 있는 {{limitMb}}MB보다 큽니다. 파일을 나눠 주세요.',
      'too-many-rows': '시트의 행이 한 번에 읽을 수 있는 {{limit}}행보다 많습니다. 파일을 나눠 주세요.',
      'too-many-columns': '시트의 열이 읽을 수 있는 {{limit}}개보다 많습니다.',
      'zip-bomb': '“{{fileName}}”은(는) 열면 {{limitMb}}MB 넘게 커지므로 안전을 위해 거부했습니다.',
      timeout: '“{{fileName}}” 읽기가 {{seconds}}초를 넘어 중단했습니다. 더 작은 파일로 시도해 주세요.',
      'out-of-memory': '“{{fileName}}”은(는) 파일 하나에 허용된 것보다 많은 메모리가 필요합니다. 파일을 나눠 주세요.',
      closed: '“{{fileName}}” 읽기를 취소했습니다.',
      internal: '내부 오류로 “{{fileName}}”을(를) 읽지 못했습니다.'
    },
    import: {
      'session-gone': '이 파일은 더 이상 열려 있지 않습니다. 다시 끌어다 놓아 주세요.',
      'stale-mapping': '편집하는 동안 열이 바뀌었습니다. 열 연결을 다시 확인해 주세요.',
      'no-such-row': '시트에 그 행이 없습니다.'
    }
  }
}
