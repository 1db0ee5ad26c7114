import type { Messages } from '../en'
import type { connectionErrors as englishConnectionErrors } from '../en/connections'

/** Korean text: connections. */
export const connections: Messages['connections'] = {
  title: '연결',
  subtitle: '가져온 데이터를 보낼 곳입니다. 키는 컴퓨터의 안전한 키체인에 보관되며 다시 표시되지 않습니다.',
  /** The built-in practice connections' names, in the interface language. */
  practiceNames: {
    omnicommerce: 'OMNICOMMERCE (연습)',
    occ: 'Oracle Commerce Cloud (연습)',
    nclue: 'NCLUE (연습)'
  },
  loading: '연결을 불러오는 중…',
  loadFailed: '연결 목록을 불러오지 못했습니다.',
  retry: '다시 시도',
  ownEmpty: {
    title: '아직 직접 추가한 연결이 없습니다',
    body: '서비스 계정이 생기면 주소와 키를 넣어 연결을 추가해 주세요. 그전까지는 연습용 연결로 모든 기능을 써 볼 수 있습니다.'
  },
  serviceNames: { omnicommerce: 'OMNICOMMERCE', occ: 'Oracle Commerce Cloud', nclue: 'NCLUE' },
  columns: { name: '이름', service: '서비스', address: '주소', status: '상태', actions: '작업' },
  status: {
    practice: '연습 준비됨',
    keySaved: '키 저장됨',
    noKey: '키 없음',
    notTested: '아직 확인 안 함',
    testedAt: '{{time}}에 확인함'
  },
  outcomePill: {
    worked: '정상',
    'wrong-key': '키가 틀림',
    'clock-skew': '시계가 맞지 않음',
    unreachable: '연결할 수 없음',
    'not-the-service': '주소가 다름',
    'no-key': '키 없음',
    other: '문제 있음'
  },
  outcome: {
    worked: '정상입니다. {{service}}이(가) 응답했고 연결을 받아들였습니다.',
    'wrong-key': '{{service}}이(가) 키를 거부했습니다. 이 계정의 키를 빠짐없이 복사했는지 확인한 뒤, 연결을 편집해 키를 다시 붙여 넣어 주세요.',
    'clock-skew': '이 컴퓨터의 시계가 5분 넘게 어긋나 있어 {{service}}이(가) 서명을 거부했습니다. 날짜와 시간을 자동으로 맞추도록 설정한 뒤 다시 확인해 주세요.',
    unreachable: '이 주소에 연결할 수 없습니다. 주소와 인터넷 연결을 확인한 뒤 다시 확인해 주세요.',
    'not-the-service': '이 주소에서 응답이 왔지만 {{service}}이(가) 아닙니다. 주소를 확인해 주세요.',
    'no-key': '이 연결에 저장된 키가 없습니다. 연결을 편집해 키를 입력해 주세요.',
    other: '{{service}}에서 문제가 있다고 응답했습니다. 아래는 서비스가 보낸 내용입니다. 도움이 되지 않으면 계정 관리자에게 보여 주세요.'
  },
  resultTitle: '“{{name}}” 연결 확인',
  detailLabel: '자세한 내용',
  practiceLine: '앱에 들어 있는 연습용 서비스를 사용하므로 바꿀 수 없습니다.',
  actions: {
    add: '연결 추가',
    test: '연결 확인',
    testing: '확인 중…',
    edit: '편집',
    remove: '삭제',
    testNamed: '“{{name}}” 연결 확인',
    editNamed: '“{{name}}” 연결 편집',
    removeNamed: '“{{name}}” 연결 삭제'
  },
  form: {
    addTitle: '연결 추가',
    editTitle: '“{{name}}” 편집',
    service: '서비스',
    name: '이름',
    nameHelp: '알아보기 쉬운 이름을 붙여 주세요. 예: “본점 — 운영”. 명령줄 도구에서도 이 이름을 씁니다.',
    baseUrl: '서비스 주소',
    baseUrlHelp: {
      omnicommerce: '비워 두면 OMNICOMMERCE 기본 주소를 사용합니다.',
      occ: '스토어 인스턴스 주소입니다. 예: https://ccstore-xxxx.oracleoutsourcing.com',
      nclue: '비워 두면 NCLUE 기본 주소를 사용합니다.'
    },
    apiKey: 'API 키',
    apiKeyHelp: 'OMNICOMMERCE의 워크스페이스 관리 → 인증 키에서 확인할 수 있습니다.',
    occMode: '고객 생성 방식',
    storefront: '스토어 회원 가입(키 필요 없음)',
    storefrontHelp: '쇼핑객이 직접 가입하는 것처럼 스토어의 공개 가입 기능을 사용합니다.',
    admin: '애플리케이션 키로 관리자 API 사용',
    adminHelp: '대량 가져오기에 권장합니다. OCC의 Settings → Web APIs → Registered Applications에서 애플리케이션을 등록해 주세요.',
    appKey: '애플리케이션 키',
    language: '언어(선택)',
    languageHelp: 'OCC에 X-CCAsset-Language로 보냅니다. 예: ko, en. 비워 두면 스토어 기본 언어를 사용합니다.',
    accessKey: 'Access Key',
    secretKey: 'Secret Key',
    ncpHelp: '네이버 클라우드 콘솔의 마이페이지 → 인증키 관리에서 확인할 수 있습니다.',
    keys: '키',
    keyNames: { apiKey: 'API 키', appKey: '애플리케이션 키', accessKey: 'Access Key', secretKey: 'Secret Key' },
    keySaved: '키가 저장되어 있습니다. 그대로 두려면 비워 두세요.',
    keysSaved: '키가 저장되어 있습니다. 비워 둔 칸의 키는 그대로 유지됩니다.',
    keysPrivate: '키는 바로 컴퓨터의 안전한 키체인에 저장되며 다시 표시되지 않습니다.',
    save: '연결 저장',
    saving: '저장 중…',
    cancel: '취소'
  },
  saved: '“{{name}}” 연결을 저장했습니다. 연결 확인을 눌러 제대로 되는지 확인해 주세요.',
  remove: {
    confirm: '“{{name}}” 연결을 삭제할까요? 저장된 키도 키체인에서 함께 삭제됩니다.',
    confirmButton: '삭제',
    keep: '그대로 두기',
    removed: '“{{name}}” 연결을 삭제했습니다.'
  },
  problems: {
    damaged: '저장된 연결 파일을 읽을 수 없어 {{file}}(으)로 따로 보관하고 새 목록으로 시작했습니다. 연결을 다시 추가해 주세요. 연습용 연결은 그대로 사용할 수 있습니다.',
    damagedLocked: '저장된 연결 파일(connections.json)을 읽을 수 없어 손대지 않았습니다. 이 파일을 데이터 폴더 밖으로 옮긴 뒤 연결을 다시 추가해 주세요.',
    unreadable_one: '저장된 연결 1개를 읽을 수 없어 표시하지 않았습니다. 파일에는 그대로 남아 있습니다.',
    unreadable_other: '저장된 연결 {{count, number}}개를 읽을 수 없어 표시하지 않았습니다. 파일에는 그대로 남아 있습니다.'
  }
}

/** Korean text: why a connection change was refused (shown as errors.connections.<code>). */
export const connectionErrors: typeof englishConnectionErrors = {
  'name-missing': '연결 이름을 입력해 주세요. 예: “본점 — 운영”.',
  'name-too-long': '이름은 {{max}}자 이내로 입력해 주세요.',
  'name-invalid': '이름에 줄바꿈 같은 보이지 않는 문자가 들어 있습니다. 다시 입력해 주세요.',
  'name-taken': '“{{name}}”(이)라는 연결이 이미 있습니다. 다른 이름을 입력해 주세요.',
  'url-missing': '서비스 주소를 입력해 주세요. 예: https://api.example.com',
  'url-invalid': '웹 주소 형식이 아닙니다. https://로 시작해야 합니다. 예: https://api.example.com',
  'url-scheme': '주소는 https://로 시작해야 합니다.',
  'url-not-secure': '키가 암호화되어 전송되도록 주소는 https://로 시작해야 합니다. http://는 이 컴퓨터(127.0.0.1)에만 쓸 수 있습니다.',
  'url-credentials': '주소에서 사용자 이름이나 비밀번호를 지워 주세요. 키는 키 입력란에 넣어 주세요.',
  'url-query': '주소에서 ? 또는 # 뒤의 내용을 지워 주세요. 주소는 경로까지만 입력합니다.',
  'language-invalid': '언어는 en, ko, zh_CN 같은 코드로 입력하거나 비워 두세요.',
  'key-required': '{{field}}를 입력해 주세요.',
  'key-invalid': '{{field}}에 공백이나 줄바꿈이 들어 있습니다. 키만 다시 복사해 붙여 넣어 주세요.',
  'key-missing': '“{{name}}”에 저장된 키가 없습니다. 연결 화면에서 편집해 키를 다시 입력해 주세요.',
  'keychain-unavailable': '컴퓨터의 안전한 키체인을 사용할 수 없어 아무것도 저장하지 않았습니다. 키체인 잠금을 해제한 뒤(Linux에서는 GNOME Keyring 같은 Secret Service를 실행한 뒤) 다시 시도해 주세요.',
  'key-too-long': '키가 Windows가 안전하게 보관할 수 있는 길이(연결 하나의 키를 모두 합쳐 약 {{max}}자)보다 길어서 아무것도 저장하지 않았습니다. 키만 정확히 붙여 넣었는지 확인해 주세요.',
  'not-found': '이 연결이 더 이상 없습니다. 다른 창에서 삭제되었을 수 있습니다.',
  'practice-read-only': '연습용 연결은 앱에 들어 있는 것이라 바꾸거나 삭제할 수 없습니다.',
  'save-failed': '데이터 폴더에 연결 파일을 저장하지 못해 아무것도 바뀌지 않았습니다. 디스크 공간이 충분한지 확인한 뒤 다시 시도해 주세요.',
  'file-locked': '저장된 연결 파일(connections.json)을 읽을 수 없고 따로 옮겨 둘 수도 없어 아무것도 바꾸지 않았습니다. 이 파일을 데이터 폴더 밖으로 옮긴 뒤 다시 시도해 주세요.'
}
