import type { SampleSheet } from './types'

/*
 * customers:create — members who signed up at the pretend shop's pop-up store,
 * typed in from paper forms. Emails use the reserved example.com/.net/.org
 * domains so nothing can ever reach a real person. Two rows carry a mistake
 * on purpose (marked below) to show the fix flow.
 */

/** customers:create — 12 new members with birthdays (real Excel dates), postal codes with leading zeros and consent in Korean words. */
export const CUSTOMERS_CREATE_SAMPLE: SampleSheet = {
  sheetName: '신규 회원',
  headers: ['이메일', '성', '이름', '휴대폰', '생년월일', '성별', '마케팅 수신 동의', '우편번호', '주소', '상세주소'],
  rows: [
    ['minji.kim@example.com', '김', '민지', '010-2481-3570', { date: '1994-04-12' }, '여', '동의', '06236', '서울특별시 강남구 테헤란로 152', '12층'],
    ['junho.lee@example.net', '이', '준호', '010-3592-4681', { date: '1988-09-30' }, '남', '미동의', '04524', '서울특별시 중구 세종대로 110', ''],
    ['seoyeon.park@example.org', '박', '서연', '010-4603-5792', { date: '1999-01-05' }, '여', '동의', '03187', '서울특별시 종로구 종로 1', '3층 301호'],
    ['dohyun.choi@example.com', '최', '도현', '010-5714-6803', { date: '1991-07-21' }, '남', '동의', '48058', '부산광역시 해운대구 센텀중앙로 79', ''],
    // On purpose: the email has no ".com" after the @ part (the fix is jiwoo.jung@example.com).
    ['jiwoo.jung@example', '정', '지우', '010-6825-7914', { date: '2001-11-18' }, '여', '미동의', '35209', '대전광역시 서구 둔산로 100', '5층'],
    ['hyunwoo.kang@example.net', '강', '현우', '010-7936-8025', { date: '1985-03-02' }, '남', '동의', '61475', '광주광역시 동구 금남로 245', ''],
    ['yuna.cho@example.org', '조', '유나', '010-8047-9136', { date: '1997-12-24' }, '여', '동의', '41911', '대구광역시 중구 동성로 2길 80', '2층'],
    // On purpose: the birthday was typed as text with a month that does not exist (the fix is 1993-12-02).
    ['sungmin.yoon@example.com', '윤', '성민', '010-9158-0247', '1993-13-02', '남', '미동의', '21554', '인천광역시 남동구 구월로 120', ''],
    ['eunji.jang@example.net', '장', '은지', '010-1269-1358', { date: '1990-06-15' }, '여', '동의', '16490', '경기도 수원시 팔달구 효원로 241', '101동 1203호'],
    ['taeyang.lim@example.org', '임', '태양', '010-2370-2469', { date: '1996-08-09' }, '남', '동의', '63122', '제주특별자치도 제주시 중앙로 50', ''],
    ['haeun.han@example.com', '한', '하은', '010-3481-3570', { date: '2000-02-29' }, '여', '미동의', '24239', '강원특별자치도 춘천시 중앙로 1', ''],
    ['jaehyuk.oh@example.net', '오', '재혁', '010-4592-4681', { date: '1987-10-03' }, '남', '동의', '05510', '서울특별시 송파구 올림픽로 300', '롯데월드타워 8층']
  ]
}
