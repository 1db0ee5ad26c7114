import type { Messages } from '../en'

/** Korean text: the Review step and its row grid. Korean has no plural forms, so both forms read the same. */
export const review: Messages['review'] = {
  checking: '{{count, number}}행을 확인하는 중입니다…',
  summaryLabel: '검토 요약',
  ready_one: '준비된 행 {{count, number}}개',
  ready_other: '준비된 행 {{count, number}}개',
  attention_one: '확인이 필요한 행 {{count, number}}개',
  attention_other: '확인이 필요한 행 {{count, number}}개',
  warnings_one: '참고할 점이 있는 행 {{count, number}}개',
  warnings_other: '참고할 점이 있는 행 {{count, number}}개',
  send_one: '준비된 {{count, number}}행 보내기',
  send_other: '준비된 {{count, number}}행 보내기',
  skipNote_one: '확인이 필요한 {{count, number}}행은 건너뜁니다',
  skipNote_other: '확인이 필요한 {{count, number}}행은 건너뜁니다',
  allReady: '모든 행을 보낼 준비가 되었습니다.',
  nothingReady: '아직 보낼 수 있는 행이 없습니다. 표시된 칸을 먼저 고쳐 주세요.',
  checkingRest: '{{total, number}}행 중 {{checked, number}}행 확인함…',
  checkingNote: '그동안 행을 살펴보세요. 모두 확인하면 보낼 수 있습니다.',
  checkingAttention: '지금까지 확인이 필요한 행이 없습니다. 나머지 행은 아직 확인하는 중입니다.',
  filter: {
    legend: '보기',
    all: '전체 행',
    attention: '확인 필요',
    count: '{{count, number}}'
  },
  editHint: '칸을 두 번 누르거나 Enter 키를 누르면 고칠 수 있습니다. Enter로 저장하고 Esc로 취소합니다.',
  stale: '고친 행은 목록을 새로 고칠 때까지 여기에 남아 있습니다.',
  refresh: '목록 새로 고침',
  emptyAttention: '확인이 필요한 행이 없습니다. 모든 행을 보낼 수 있습니다.',
  emptyFile: '제목 행 아래에 행이 없습니다. 다른 제목 행이나 시트를 골라 주세요.',
  back: '열 연결로 돌아가기',
  status: {
    ready: '준비됨',
    warning: '준비됨 · 참고',
    attention_one: '고칠 곳 {{count, number}}개',
    attention_other: '고칠 곳 {{count, number}}개'
  },
  details: {
    heading: '행 자세히 보기',
    none: '표에서 칸을 고르면 그 행의 문제가 여기에 나옵니다.',
    title: '{{row}}행',
    ready: '이 행은 보낼 준비가 되었습니다.',
    wholeRow: '행 전체',
    fixedValue: '고정 값 · {{field}}'
  },
  grid: {
    label: '“{{fileName}}”의 행',
    row: '행',
    status: '상태',
    columnTitle: '{{letter}}열: {{name}}',
    feeds: '→ {{field}}',
    extra: '→ 추가 항목 “{{key}}”',
    notImported: '가져오지 않음',
    empty: '비어 있음',
    error: '오류',
    warning: '참고',
    loading: '불러오는 중…',
    editLabel: '{{row}}행 “{{column}}” 새 값'
  }
}
