import type { Messages } from '../en'

/** Korean text: errors. */
export const errors: Messages['errors'] = {
  generic: '문제가 생겼습니다. 다시 시도해 주세요.',
  'bridge-unreachable': 'Sheetport가 응답하지 않습니다. 실행 중인지 확인해 주세요.',
  'invalid-request': '요청 형식이 올바르지 않습니다.',
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
    'too-large': '“{{fileName}}”이(가) 한 번에 읽을 수 있는 {{limitMb}}MB보다 큽니다. 파일을 나눠 주세요.',
    'too-many-rows': '시트의 행이 한 번에 읽을 수 있는 {{limit}}행보다 많습니다. 파일을 나눠 주세요.',
    'too-many-columns': '시트의 열이 읽을 수 있는 {{limit}}개보다 많습니다.',
    'zip-bomb': '“{{fileName}}”은(는) 열면 {{limitMb}}MB 넘게 커지므로 안전을 위해 거부했습니다.',
    timeout: '“{{fileName}}” 읽기가 {{seconds}}초를 넘어 중단했습니다. 더 작은 파일로 시도해 주세요.',
    'out-of-memory': '“{{fileName}}”은(는) 파일 하나에 허용된 것보다 많은 메모리가 필요합니다. 파일을 나눠 주세요.',
    closed: '“{{fileName}}” 읽기를 취소했습니다.',
    internal: '내부 오류로 “{{fileName}}”을(를) 읽지 못했습니다.'
  },
  import: {
    'session-gone': '이 파일은 더 이상 열려 있지 않습니다. 다시 끌어다 놓아 주세요.',
    'stale-mapping': '편집하는 동안 열이 바뀌었습니다. 열 연결을 다시 확인해 주세요.',
    'no-such-row': '시트에 그 행이 없습니다.'
  }
}
