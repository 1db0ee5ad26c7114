import type { Messages } from '../en'

/** Korean text: an upload's results. Korean has no plural forms, so both forms read the same. */
export const results: Messages['results'] = {
  states: {
    accepted: '완료',
    pending: '처리 중',
    failed: '실패',
    unknown: '확인 안 됨',
    invalid: '수정 필요',
    notSent: '보내지 않음',
    queued: '대기 중',
    'in-flight': '보내는 중'
  },
  counts: {
    none: '행 없음',
    accepted: '완료 {{count, number}}행',
    pending: '처리 중 {{count, number}}행',
    failed: '실패 {{count, number}}행',
    unknown: '확인 안 됨 {{count, number}}행',
    invalid_one: '수정 필요 {{count, number}}행',
    invalid_other: '수정 필요 {{count, number}}행',
    notSent: '보내지 않음 {{count, number}}행',
    queued: '대기 중 {{count, number}}행',
    'in-flight': '보내는 중 {{count, number}}행'
  },
  total_one: '이 업로드의 전체 행: {{count, number}}행',
  total_other: '이 업로드의 전체 행: {{count, number}}행',
  announce: '{{status}}: {{counts}}.',
  fix: '해결 방법: {{fix}}',
  another: '다른 파일 가져오기',
  actionsLabel: '다음 할 일',
  rowsTitle: '행별 결과',
  headline: {
    meta: '{{fileName}} → {{connection}} · {{time}}',
    resent: '이전 업로드 뒤에 다시 보낸 행입니다. 행마다 이전 시도는 행 자세히 보기에 있습니다.',
    tracking: '보내기 완료 — 서비스에서 아직 처리 중입니다',
    trackingNote_one: '서비스가 처리를 마칠 때까지 {{count, number}}행을 계속 확인합니다. 이 화면은 저절로 새로 고쳐지며, 다른 화면으로 가셔도 됩니다.',
    trackingNote_other: '서비스가 처리를 마칠 때까지 {{count, number}}행을 계속 확인합니다. 이 화면은 저절로 새로 고쳐지며, 다른 화면으로 가셔도 됩니다.'
  },
  success: {
    title: '모든 행이 반영되었습니다',
    body_one: '“{{fileName}}”의 {{count, number}}행이 모두 {{connection}}에 들어갔습니다.',
    body_other: '“{{fileName}}”의 {{count, number}}행이 모두 {{connection}}에 들어갔습니다.'
  },
  groups: {
    title: '문제가 생긴 이유',
    help: '이유를 고르면 그 행만 표에 보여 드립니다.',
    rows_one: '{{count, number}}행',
    rows_other: '{{count, number}}행',
    showing: '다음 이유의 행만 보는 중: {{cause}}',
    clear: '모든 행 보기'
  },
  filter: {
    legend: '보여 줄 행',
    all: '전체',
    problems: '확인 필요',
    count: '{{count, number}}'
  },
  editHint: '여기서 바로 고칠 수 있습니다. 표시된 행의 칸을 두 번 누르거나 Enter 키를 누르고, 새 값을 입력한 뒤 Enter 키를 눌러 주세요. 그다음 다시 보내 주세요.',
  readOnly: '읽기 전용입니다. 이 업로드의 파일이 열려 있지 않습니다. 여기서 고치려면 가져오기에서 파일을 다시 열어 주세요. 또는 실패 보고서를 내보내 고친 뒤 가져와도 됩니다.',
  grid: {
    label: '“{{fileName}}” 결과',
    status: '결과',
    changed: '고침',
    emptyAll: '이 업로드에는 행이 없습니다.',
    emptyFilter: '해당하는 행이 없습니다.',
    emptyProblems: '확인이 필요한 행이 없습니다.',
    emptyGroup: '이 이유에 해당하는 행이 더 이상 없습니다.'
  },
  details: {
    heading: '행 자세히 보기',
    none: '표에서 칸을 고르면 그 행의 결과와 이전 시도가 여기에 나옵니다.',
    title: '{{row}}행',
    remoteId: '서비스 ID: {{id}}',
    changed: '이 행을 고쳤습니다. 다시 보내면 고친 값으로 보냅니다.',
    changedProblems: '이 행을 고쳤지만 아직 고칠 곳이 있습니다:',
    attempts: '이전 시도'
  },
  resend: {
    title: '다시 보내기',
    button_one: '{{count, number}}행 다시 보내기',
    button_other: '{{count, number}}행 다시 보내기',
    withChanges: '반영되지 않은 행을 여기서 고친 값으로 다시 보냅니다. 이미 반영된 행은 다시 보내지 않습니다.',
    asTheyWere: '반영되지 않은 행을 그대로 다시 보냅니다. 먼저 고치려면 가져오기에서 이 업로드의 파일을 다시 열어 주세요.',
    afterEnd: '서비스가 모든 행을 처리한 뒤에 다시 보낼 수 있습니다.',
    nothing: '다시 보낼 행이 없습니다.',
    continue: '이어서 보내기',
    continueNote: '이 업로드는 끝나기 전에 멈췄습니다. 이어서 보내면 이미 반영된 행은 다시 보내지 않습니다.'
  },
  report: {
    title: '실패 보고서',
    help: '반영되지 않은 행을 원래 값 그대로, 어느 시트 몇 행인지와 이유를 함께 담은 파일입니다. 고친 뒤 다시 가져오면 됩니다.',
    format: '파일 형식',
    xlsx: 'Excel 통합 문서 (.xlsx)',
    csv: 'CSV 텍스트 (.csv)',
    button: '실패 보고서 내보내기',
    nothing: '보고할 행이 없습니다. 실패하거나 빠진 행이 없습니다.',
    afterSending: '모든 행을 보낸 뒤에 내보낼 수 있습니다.',
    saved: '“{{fileName}}” 파일을 저장했습니다.'
  }
}
