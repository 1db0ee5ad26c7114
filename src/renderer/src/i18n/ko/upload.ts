import type { Messages } from '../en'

/** Korean text: upload. */
export const upload: Messages['upload'] = {
  setup: {
    title: '어디로 보낼까요?',
    connection: '연결',
    connectionHelp: '연습용 연결은 앱에 내장된 가상 서비스로 보냅니다. 실제로 밖으로 나가는 데이터는 없습니다.',
    noConnection: '아직 {{service}} 연결이 없습니다. 연결 화면에서 추가하거나 연습용 연결을 사용해 주세요.',
    openConnections: '연결 화면 열기',
    blockDuplicates: '이미 등록된 상품은 덮어쓰지 않기',
    blockDuplicatesHelp: '이미 등록된 상품코드의 행은 상품을 바꾸지 않고, 이유와 함께 실패로 표시합니다.',
    language: '스토어 언어 (선택)',
    languageHelp: 'X-CCAsset-Language로 보냅니다. 예: ko, en. 비워 두면 스토어 기본 언어를 씁니다.',
    ready: '{{ready, number}}행을 보냅니다.',
    skipped: '확인이 필요한 {{count, number}}행은 건너뜁니다.',
    start: '업로드 시작',
    back: '검토로 돌아가기'
  },
  status: {
    running: '업로드 중…',
    confirming: '보내기 완료 — 서비스에 확인하는 중…',
    paused: '일시 정지됨',
    cancelling: '멈추는 중 — 이미 보낸 요청의 응답을 기다리고 있습니다…',
    finished: '업로드를 마쳤습니다',
    cancelled: '업로드를 멈췄습니다',
    halted: '업로드가 중단되었습니다',
    interrupted: '업로드가 중단되었습니다'
  },
  states: {
    accepted: '완료',
    pending: '서비스에서 처리 중',
    failed: '실패',
    unknown: '확인 안 됨',
    invalid: '보내지 않음 — 수정 필요',
    'in-flight': '보내는 중',
    queued: '대기 중'
  },
  progressLabel: '업로드 진행률',
  doneOf: '전체 {{total}}행 중 {{done}}행 처리',
  rate: '초당 요청 {{rate}}건',
  requests: '요청 {{value}}건',
  eta: '약 {{time}} 남음',
  etaUnknown: '남은 시간을 계산하는 중…',
  tracking: '서비스에 확인하는 중: {{of, number}}행 중 {{confirmed, number}}행. 서비스가 처리를 마칠 때까지 계속 확인하며, 다른 화면으로 가셔도 됩니다.',
  pause: '일시 정지',
  resume: '계속',
  cancel: '업로드 멈추기',
  seeResults: '결과 보기',
  newImport: '다른 파일 가져오기',
  halted: 'Sheetport가 진행 상황을 기록하지 못해 업로드를 멈췄습니다: {{problem}}. 잃어버린 것은 없습니다. 문제를 해결한 뒤 기록 화면에서 이어서 보내 주세요.',
  interrupted: {
    title: '중단된 업로드가 있습니다',
    body: '{{connection}}(으)로 보내던 “{{fileName}}”이(가) 끝나기 전에 멈췄습니다 (전체 {{total}}행 중 {{done}}행 처리). 이어서 보내면 이미 들어간 행은 다시 보내지 않습니다.',
    chooseFile: '스프레드시트 선택…',
    continue: '이어서 보내기'
  }
}
