import type { Messages } from '../en'

/** Korean text: history. */
export const history: Messages['history'] = {
  title: '기록',
  subtitle: '실행한 모든 가져오기가 결과와 실패 보고서와 함께 여기에 보관됩니다.',
  emptyTitle: '아직 가져오기 기록이 없습니다',
  emptyBody: '첫 가져오기를 마치면 여기에 표시됩니다. 다시 열어 행별 결과를 보거나 보고서를 다시 내보낼 수 있습니다.',
  emptyAction: '가져오기 시작',
  listTitle: '지난 업로드',
  columns: {
    upload: '업로드',
    rows: '행',
    when: '시작 시각',
    status: '상태',
    actions: '작업'
  },
  took: '{{duration}} 걸림',
  resendOf: '“{{fileName}}”({{time}})에서 다시 보냄',
  resendOfGone: '이전 업로드에서 다시 보냄',
  status: {
    sending: '보내는 중',
    paused: '일시 정지됨',
    stopping: '멈추는 중',
    processing: '처리 중',
    done: '완료',
    attention: '확인 필요',
    stopped: '멈춤',
    interrupted: '중단됨'
  },
  open: '열기',
  openNamed: '{{time}}에 시작한 “{{fileName}}” 업로드 열기',
  continue: '이어서 보내기',
  checkAgain: '다시 확인',
  checkAgainNamed: '{{time}}에 시작한 “{{fileName}}” 업로드에서 서비스가 처리 중이던 행을 다시 확인',
  continueNamed: '{{time}}에 시작한 “{{fileName}}” 업로드 이어서 보내기',
  back: '전체 업로드',
  delete: {
    button: '삭제',
    named: '{{time}}에 시작한 “{{fileName}}” 업로드 삭제',
    this: '이 업로드 삭제',
    confirm: '이 업로드와 기록을 삭제할까요? 행별 결과는 되살릴 수 없습니다. 이미 보낸 내용은 서비스에 그대로 남습니다.',
    yes: '삭제',
    no: '그대로 두기',
    done: '“{{fileName}}” 업로드를 삭제했습니다.'
  }
}
