import type { Messages } from '../en'
import { connectionErrors } from './connections'

/** Korean text: errors. */
export const errors: Messages['errors'] = {
  generic: '문제가 생겼습니다. 다시 시도해 주세요.',
  'bridge-unreachable': 'Sheetport가 응답하지 않습니다. 실행 중인지 확인해 주세요.',
  'invalid-request': '요청 형식이 올바르지 않습니다.',
  'unknown-channel': '화면이 Sheetport가 모르는 요청을 보냈습니다. Sheetport를 다시 시작해 주세요.',
  'forbidden-sender': 'Sheetport 창이 아닌 곳에서 온 요청이라 거부했습니다.',
  unauthorized: '이 페이지는 Sheetport를 사용할 수 없습니다. Sheetport를 시작할 때 표시된 주소로 열어 주세요.',
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
    'too-large': '“{{fileName}}”이(가) 한 번에 읽을 수 있는 {{limitMb, number}}MB보다 큽니다. 파일을 나눠 주세요.',
    'too-many-rows': '시트의 행이 한 번에 읽을 수 있는 {{limit, number}}행보다 많습니다. 파일을 나눠 주세요.',
    'too-many-columns': '시트의 열이 읽을 수 있는 {{limit, number}}개보다 많습니다.',
    'too-much-text': '“{{fileName}}”의 시트에 한 번에 열 수 있는 양(약 {{limitMb, number}}MB)보다 많은 글자가 들어 있습니다. 행을 여러 파일로 나누거나 가져오지 않을 열을 지운 뒤 다시 시도해 주세요.',
    'zip-bomb': '“{{fileName}}”은(는) 열면 {{limitMb, number}}MB 넘게 커지므로 안전을 위해 거부했습니다.',
    timeout: '“{{fileName}}” 읽기가 {{seconds}}초를 넘어 중단했습니다. 더 작은 파일로 시도해 주세요.',
    'out-of-memory': '“{{fileName}}”은(는) 파일 하나에 허용된 것보다 많은 메모리가 필요합니다. 파일을 나눠 주세요.',
    closed: '“{{fileName}}” 읽기를 취소했습니다.',
    internal: '내부 오류로 “{{fileName}}”을(를) 읽지 못했습니다.'
  },
  import: {
    'file-too-large': '“{{fileName}}”은(는) {{sizeMb, number}}MB로, 한 번에 읽을 수 있는 {{limitMb, number}}MB보다 큽니다. 필요한 시트만 새 파일로 저장하거나 행을 여러 파일로 나눈 뒤 그 파일을 열어 주세요.',
    'session-gone': '이 파일은 더 이상 열려 있지 않습니다. 다시 끌어다 놓아 주세요.',
    'stale-mapping': '편집하는 동안 열이 바뀌었습니다. 열 연결을 다시 확인해 주세요.',
    'no-such-row': '시트에 그 행이 없습니다.'
  },
  review: {
    'no-mapping': '먼저 가져올 대상을 고르고 열을 연결해 주세요.',
    'no-such-row': '그 행이 시트에 더 이상 없습니다. 목록을 다시 불러와 주세요.',
    'no-such-column': '그 열은 시트에 없습니다.'
  },
  jobs: {
    'already-sending': '이 파일은 이미 보내는 중입니다. 끝난 뒤 남은 행을 보내 주세요.',
    'running-elsewhere': '이 업로드는 다른 Sheetport 창이나 명령줄에서 진행 중입니다. 그곳에서 끝나기를 기다려 주세요.',
    'already-finished': '이미 끝난 업로드라 이어서 보낼 것이 없습니다.',
    'nothing-to-check': '이 업로드에는 서비스에서 아직 처리 중인 행이 없어 다시 확인할 것이 없습니다.',
    'bad-id': '업로드 번호가 올바르지 않습니다.',
    'connection-setup': '이 연결에 서비스가 요구하는 키가 없습니다. 연결 화면에서 확인해 주세요.',
    'no-connection': '그 연결은 더 이상 없습니다. 다른 연결을 골라 주세요.',
    'no-mapping': '먼저 어디로 보낼지 고르고 열을 연결해 주세요.',
    'not-found': '그 업로드가 기록에 없거나 기록이 손상되었습니다.',
    'not-running': '이 업로드는 더 이상 진행 중이 아닙니다.',
    'nothing-to-resend': '이 업로드에는 다시 보낼 행이 없습니다.',
    'resend-needs-file': '비밀번호는 보관하지 않으므로, 이 행들을 보내려면 스프레드시트를 다시 열어 주세요.',
    'resend-other-file': '지금 열린 파일에는 이 업로드의 행이 없습니다 (다른 파일이거나, 이미 반영된 행이 바뀌었습니다). 이 업로드의 원래 파일을 열고 다시 보내 주세요.',
    'resend-target-changed': '지금 열린 파일은 다른 곳으로 보내도록 바뀌었습니다. 이 업로드의 파일을 다시 열어 보내 주세요.',
    'resume-needs-file': '비밀번호는 보관하지 않으므로, 이어서 보내려면 같은 스프레드시트를 다시 열어 주세요.',
    'resume-refused': '업로드를 시작할 때와 행이 달라 안전하게 이어서 보낼 수 없습니다. 새로 업로드해 주세요.',
    'rows-missing': '이 업로드의 행은 더 이상 보관되어 있지 않고 합계만 남아 있습니다.',
    running: '이 업로드는 아직 진행 중입니다. 먼저 멈춰 주세요.'
  },
  logs: {
    'cannot-open': '이 버전의 Sheetport는 폴더를 열 수 없습니다. 위에 보이는 경로를 복사해 쓰세요.'
  },
  report: {
    'bad-extension': '보고서 파일 이름은 .xlsx 또는 .csv로 끝나야 합니다.',
    'format-mismatch': '보고서 형식이 파일 이름과 다릅니다. .xlsx 또는 .csv로 다시 저장해 주세요.',
    'cell-too-long': '한 칸에 {{limit, number}}자가 넘는 내용이 있어 Excel 파일에 담을 수 없습니다. 보고서를 .csv로 저장해 주세요.',
    'write-failed': '보고서를 “{{path}}”에 저장하지 못했습니다. 폴더가 있는지, 파일이 Excel에서 열려 있지 않은지 확인한 뒤 다시 시도해 주세요.'
  },
  updates: {
    uploading: '업로드가 진행 중입니다. 업로드가 끝나면 다시 시작할 수 있습니다.',
    'not-ready': '아직 내려받은 새 버전이 없습니다.',
    'no-updater': '이 버전의 Sheetport는 스스로 업데이트하지 않습니다.'
  },
  connections: connectionErrors
}
