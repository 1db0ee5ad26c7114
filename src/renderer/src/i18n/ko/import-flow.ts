import type { Messages } from '../en'

/** Korean text: import. */
export const importFlow: Messages['import'] = {
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
    rows: '{{count, number}}행',
    sheet: '시트',
    sheetOption: '{{name}} · {{count, number}}행',
    sheetOptionEmpty: '{{name}} · 행 없음',
    emptySheet: '“{{sheet}}” 시트에는 가져올 행이 없습니다.',
    emptySheetOthers: '행이 있는 시트를 골라 주세요:',
    emptySheetNone: '이 파일에는 열 이름 아래에 행이 있는 시트가 없습니다. 파일을 한 번 더 확인해 주세요.',
    useSheet: '{{name}} ({{count, number}}행)',
    encodingUnsure: '이 파일의 글자가 어떤 인코딩으로 저장됐는지 확실하지 않아 {{encoding}}(으)로 읽었습니다.',
    encodingResave: '이름이나 글자가 깨져 보이면 Excel에서 파일을 열고 [파일] › [다른 이름으로 저장]에서 ‘CSV UTF-8(쉼표로 분리)’로 저장한 뒤, 그 파일을 여기서 여세요.',
    encodingNames: {
      'utf-8': 'UTF-8(유니코드)',
      'euc-kr': '한국어(CP949)',
      'windows-1252': '서유럽어(Windows-1252)'
    },
    headerRow: '제목 행',
    headerRowHelp: '열 이름이 있는 행입니다. 그 위의 행은 건너뜁니다.',
    rowLabel: '{{number}}행: {{preview}}',
    another: '다른 파일 사용'
  },
  target: {
    title: '이 행들을 무엇으로 보낼까요?',
    legend: '가져올 대상',
    suggested: '추천',
    looksLike: {
      products: '상품 목록으로 보입니다.',
      customers: '고객 목록으로 보입니다.',
      intents: '쇼핑 의도 프로필 목록으로 보입니다.'
    },
    formatIs: '{{format}} 파일입니다.'
  },
  mapping: {
    title: '열 연결하기',
    restored: '이 파일과 같은 형식의 파일에 지난번 저장한 열 연결을 적용했습니다.',
    format: '알아본 형식: {{format}}. 이 형식에서 각 열이 뜻하는 대로 연결했습니다. 어느 연결이든 바꿀 수 있습니다.',
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
    constantsHelp: '모든 행에 똑같이 쓰는 값입니다. 예: 통화 KRW. 열에 값이 있으면 열 값이 우선합니다. 중괄호 안에 열 이름을 넣으면 그 열의 값으로 만듭니다. 예: 상품 페이지 https://myshop.co.kr/product/detail.html?product_no={상품번호}, 전체 이미지 주소 https://myshop.co.kr/web/product/big/{이미지등록(상세)}',
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
}
