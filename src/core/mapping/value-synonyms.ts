/*
 * Built-in cell values that mean an allowed enum value, keyed by the allowed
 * value in upper case (matched case-insensitively, so customers' "male" and
 * products' "MALE" share a list). Compared after normalizeValueKey, so case,
 * spaces, "-", "_", "." and apostrophes don't matter.
 * "액세서리"/"accessory" are deliberately absent: ACCESSORY is not a Detection
 * value and could mean jewellery, hair accessories, key rings…
 */

const YES = ['예', '네', '응', '유', 'y', 'yes', 'true', '1', 'o', 'ok', '○', '◯', 'ㅇ', 'v', '✓', '✔', '동의', '수신', '수신동의', '동의함', '허용', 'agree', 'agreed', 'opt in', 'optin', 'on', 'checked', 'subscribed']
const NO = ['아니오', '아니요', '아니', '아뇨', '무', 'n', 'no', 'false', '0', 'x', '×', '✗', '거부', '미동의', '비동의', '동의안함', '수신거부', '미수신', '거절', 'disagree', 'opt out', 'optout', 'off', 'unchecked', 'unsubscribed']

/** Built-in synonyms per allowed value (upper case). */
export const VALUE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['TOP', ['상의', '탑', 'top', 'tops', '티셔츠', '티', '반팔티', '긴팔티', 't-shirt', 't-shirts', 'tshirt', 'tee', '셔츠', 'shirt', 'shirts', '블라우스', 'blouse', 'blouses', '니트', 'knit', 'knitwear', '스웨터', 'sweater', '맨투맨', 'sweatshirt', '후드티', '후디', 'hoodie', '나시', '민소매', '탱크탑']],
  ['OUTWEAR', ['아우터', 'outer', 'outerwear', 'outwear', '자켓', '재킷', 'jacket', 'jackets', '코트', 'coat', 'coats', '점퍼', '잠바', '패딩', 'padding', 'puffer', '파카', 'parka', '블레이저', 'blazer', '야상', '트렌치코트', 'trench coat']],
  ['WHOLEBODY', ['원피스', '드레스', 'dress', 'dresses', 'onepiece', 'one piece', '점프수트', '점프슈트', 'jumpsuit', '올인원', '전신', 'whole body']],
  ['PANTS', ['바지', '팬츠', 'pants', 'trousers', '청바지', 'jeans', '데님팬츠', '슬랙스', 'slacks', '반바지', 'shorts', '레깅스', 'leggings', '조거팬츠']],
  ['SKIRT', ['치마', '스커트', 'skirt', 'skirts', '미니스커트', '롱스커트']],
  ['SHOES', ['신발', '슈즈', 'shoes', 'shoe', '운동화', '스니커즈', 'sneakers', '구두', '부츠', 'boots', '샌들', 'sandals', '슬리퍼', 'slippers', '로퍼', 'loafers', '힐', 'heels']],
  ['BAG', ['가방', '백', 'bag', 'bags', '핸드백', 'handbag', '백팩', 'backpack', '크로스백', '숄더백', '토트백', '클러치', 'clutch', '에코백']],
  ['HAT', ['모자', 'hat', 'hats', 'cap', 'caps', '캡', '볼캡', '비니', 'beanie', '버킷햇', 'bucket hat']],
  ['GLASSES', ['안경', '선글라스', 'glasses', 'sunglasses', 'eyewear', '아이웨어', '안경테']],
  ['BELT', ['벨트', '허리띠', 'belt', 'belts']],
  ['WATCH', ['시계', '손목시계', 'watch', 'watches']],
  ['JEWELRY', ['주얼리', '쥬얼리', '보석', 'jewelry', 'jewellery', '귀걸이', '이어링', 'earring', 'earrings', '목걸이', 'necklace', '반지', 'ring', 'rings', '팔찌', 'bracelet']],
  ['GLOVES', ['장갑', 'glove', 'gloves']],
  ['HAIR_ACCESSORIES', ['헤어액세서리', '헤어 악세사리', '헤어악세서리', '헤어 액세서리', '머리띠', '헤어밴드', '헤어핀', '머리핀', '집게핀', '곱창밴드', 'hair accessories', 'hair accessory', 'hairband', 'hair band', 'hairpin', 'hair pin', 'hair clip']],
  ['KEY_RING', ['키링', '열쇠고리', '키홀더', 'keyring', 'key ring', 'keychain', 'key chain', '키체인']],
  ['SCARF/MUFFLER', ['스카프', '머플러', '목도리', 'scarf', 'scarves', 'muffler', 'mufflers', 'scarf/muffler', '스카프/머플러']],
  ['SOCKS', ['양말', '삭스', 'socks', 'sock']],
  ['SWIMWEARS', ['수영복', '비키니', '래쉬가드', '래시가드', 'swimwear', 'swimwears', 'swimsuit', 'bikini']],
  ['TIE', ['넥타이', '타이', 'tie', 'ties', 'necktie']],
  ['AUTO_DETECT', ['자동', '자동인식', '자동 인식', '자동감지', '자동 감지', 'auto', 'auto detect', 'autodetect', 'auto_detect']],
  ['MALE', ['남', '남성', '남자', '남성용', '맨', 'male', 'm', 'man', 'men', 'mens', "men's"]],
  ['FEMALE', ['여', '여성', '여자', '여성용', '우먼', 'female', 'f', 'woman', 'women', 'womens', "women's"]],
  ['UNISEX', ['공용', '남녀공용', '남여공용', '유니섹스', 'unisex', 'u']],
  ['YES', YES],
  ['NO', NO],
  ['TRUE', [...YES, '기본', '기본배송지', 'default']],
  ['FALSE', NO]
])
