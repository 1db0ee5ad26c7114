import type { Language } from '../../shared/text'

/** The few words the desktop shell itself shows (notifications, the close question), in both languages. */
export const DESKTOP_TEXTS = {
  en: {
    finishedTitle: 'Upload finished',
    cancelledTitle: 'Upload stopped',
    haltedTitle: 'Upload interrupted',
    summary: (accepted: number, problems: number, pending: number) =>
      [`${accepted.toLocaleString('en')} rows went through`, problems > 0 ? `${problems.toLocaleString('en')} need attention` : '', pending > 0 ? `${pending.toLocaleString('en')} still processing` : '']
        .filter(Boolean)
        .join(' · '),
    closeQuestion: 'An upload is still running. Close Sheetport anyway?',
    closeDetail: 'Rows already sent are kept. You can continue the rest the next time you open Sheetport.',
    keepUploading: 'Keep uploading',
    closeAnyway: 'Stop and close'
  },
  ko: {
    finishedTitle: '업로드를 마쳤습니다',
    cancelledTitle: '업로드를 멈췄습니다',
    haltedTitle: '업로드가 중단되었습니다',
    summary: (accepted: number, problems: number, pending: number) =>
      [`${accepted.toLocaleString('ko')}행 완료`, problems > 0 ? `${problems.toLocaleString('ko')}행 확인 필요` : '', pending > 0 ? `${pending.toLocaleString('ko')}행 처리 중` : '']
        .filter(Boolean)
        .join(' · '),
    closeQuestion: '업로드가 아직 진행 중입니다. 그래도 Sheetport를 닫을까요?',
    closeDetail: '이미 보낸 행은 그대로 남습니다. 나머지는 다음에 Sheetport를 열 때 이어서 보낼 수 있습니다.',
    keepUploading: '계속 업로드',
    closeAnyway: '멈추고 닫기'
  }
} satisfies Record<Language, unknown>
