import type { Language } from '../../shared/text'

/** The words the desktop shell itself shows (notifications, questions, the menu, start-up problems), in both languages. */
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
    quitQuestion: 'An upload is still running. Quit Sheetport anyway?',
    closeDetail: 'Sending stops now. Rows already sent are kept, and you can continue the rest the next time you open Sheetport.',
    keepUploading: 'Keep uploading',
    closeAnyway: 'Stop and close',
    quitAnyway: 'Stop and quit',
    startFailedTitle: 'Sheetport could not start',
    startFailedBody: (detail: string, logFolder: string) =>
      `Something went wrong while Sheetport was starting, so it will close now. Nothing you sent before is lost.\n\nTry opening Sheetport again. If this keeps happening, restart the computer; if it still happens, send the log file in this folder to whoever supports Sheetport for you:\n${logFolder}\n\nDetails: ${detail}`,
    rendererGoneTitle: 'Sheetport’s window stopped unexpectedly',
    rendererGoneBody:
      'The window was reopened. Uploads that were running go on in the background, and nothing already sent is lost. If this happened while opening a very large file, save only the sheet you need and try again.',
    rendererGoneAgainBody:
      'The window stopped several times in a row, so Sheetport will close now. Uploads that were running were stopped and can be continued the next time you open Sheetport.',
    menu: {
      file: 'File',
      quit: 'Quit Sheetport',
      exit: 'Exit',
      edit: 'Edit',
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      selectAll: 'Select All',
      view: 'View',
      reload: 'Reload',
      toggleDevTools: 'Developer Tools',
      window: 'Window',
      minimize: 'Minimize',
      zoom: 'Zoom',
      close: 'Close Window',
      about: 'About Sheetport',
      hide: 'Hide Sheetport',
      hideOthers: 'Hide Others',
      unhide: 'Show All'
    }
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
    quitQuestion: '업로드가 아직 진행 중입니다. 그래도 Sheetport를 끝낼까요?',
    closeDetail: '지금 보내기를 멈춥니다. 이미 보낸 행은 그대로 남고, 나머지는 다음에 Sheetport를 열 때 이어서 보낼 수 있습니다.',
    keepUploading: '계속 업로드',
    closeAnyway: '멈추고 닫기',
    quitAnyway: '멈추고 끝내기',
    startFailedTitle: 'Sheetport를 시작하지 못했습니다',
    startFailedBody: (detail: string, logFolder: string) =>
      `Sheetport를 시작하는 중에 문제가 생겨 지금 닫습니다. 이전에 보낸 내용은 그대로 남아 있습니다.\n\nSheetport를 다시 열어 보세요. 계속 이러면 컴퓨터를 다시 시작해 보고, 그래도 같으면 아래 폴더의 로그 파일을 Sheetport 담당자에게 보내 주세요.\n${logFolder}\n\n자세한 내용: ${detail}`,
    rendererGoneTitle: 'Sheetport 창이 갑자기 멈췄습니다',
    rendererGoneBody:
      '창을 다시 열었습니다. 진행 중이던 업로드는 뒤에서 계속되고, 이미 보낸 내용은 그대로 남아 있습니다. 아주 큰 파일을 여는 중이었다면 필요한 시트만 따로 저장해서 다시 시도해 주세요.',
    rendererGoneAgainBody:
      '창이 여러 번 연달아 멈춰서 Sheetport를 닫습니다. 진행 중이던 업로드는 멈췄고, 다음에 Sheetport를 열 때 이어서 보낼 수 있습니다.',
    menu: {
      file: '파일',
      quit: 'Sheetport 끝내기',
      exit: '끝내기',
      edit: '편집',
      undo: '실행 취소',
      redo: '다시 실행',
      cut: '잘라내기',
      copy: '복사',
      paste: '붙여넣기',
      selectAll: '모두 선택',
      view: '보기',
      reload: '새로 고침',
      toggleDevTools: '개발자 도구',
      window: '창',
      minimize: '최소화',
      zoom: '확대/축소',
      close: '창 닫기',
      about: 'Sheetport 정보',
      hide: 'Sheetport 가리기',
      hideOthers: '다른 항목 가리기',
      unhide: '모두 보기'
    }
  }
} satisfies Record<Language, unknown>

/** The shell's words in one language. */
export type DesktopTexts = (typeof DESKTOP_TEXTS)[Language]
