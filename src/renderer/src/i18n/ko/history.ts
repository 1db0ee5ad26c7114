import type { Messages } from '../en'

/** Korean text: history. */
export const history: Messages['history'] = {
  title: '기록',
  subtitle: '실행한 모든 가져오기가 결과와 실패 보고서와 함께 여기에 보관됩니다.',
  emptyTitle: '아직 가져오기 기록이 없습니다',
  emptyBody: '첫 가져오기를 마치면 여기에 표시됩니다. 다시 열어 행별 결과를 보거나 보고서를 다시 내보낼 수 있습니다.',
  emptyAction: '가져오기 시작'
}
