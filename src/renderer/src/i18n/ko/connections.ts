import type { Messages } from '../en'

/** Korean text: connections. */
export const connections: Messages['connections'] = {
  title: '연결',
  subtitle: '가져온 데이터를 보낼 곳입니다. 키는 컴퓨터의 안전한 키체인에 보관되며 다시 표시되지 않습니다.',
  practiceHint: '연습용 연결은 앱에 들어 있는 가상 서비스를 사용하므로 계정 없이도 모든 기능을 써 볼 수 있습니다.',
  empty: '아직 연결이 없습니다.',
  loading: '연결을 불러오는 중…',
  columns: { name: '이름', service: '서비스', address: '주소', status: '상태' },
  status: { practice: '연습 준비됨', keySaved: '키 저장됨', noKey: '키 없음' }
}
