import type { Messages } from '../en'

/** Korean text: samples (the first-run practice card on the File step). */
export const samples: Messages['samples'] = {
  title: '처음이신가요? 예시 스프레드시트로 연습해 보세요',
  body: '아래에서 하나를 골라 주세요. 가상의 쇼핑몰이 만든 엑셀 파일을 열고, 열 연결까지 자동으로 해 드립니다. 내장된 연습용 서비스로만 보내므로 실제 쇼핑몰에는 아무 영향이 없습니다. 고치는 방법을 볼 수 있도록 틀린 행을 일부러 한두 개 넣어 두었습니다.',
  orderHint: '“상품 등록”부터 해 보세요. 상품 수정·삭제 예시는 상품 등록 예시로 만든 상품을 바꿉니다.',
  compactTitle: '예시 파일로 연습하기',
  open: '연습용 예시 열기: {{target}}',
  opening: '연습용 예시를 여는 중…'
}
