import { describe, expect, it } from 'vitest';
import { languages } from './language';
import { numberInWords, spokenCount, spokenMoment, spokenPhoneDigits, spokenTicketNumber, spokenWaitEstimate } from './spokenNumbers';

describe('numbers said aloud', () => {
  it('reads a ticket number as a number, never digit by digit, in every language', () => {
    expect(spokenTicketNumber('1001', 'ko')).toBe('천일번');
    expect(spokenTicketNumber('1001', 'en')).toBe('number one thousand and one');
    expect(spokenTicketNumber('1001', 'zh')).toBe('一千零一号');
    expect(spokenTicketNumber('1001', 'vi')).toBe('số một nghìn không trăm linh một');
  });

  it.each([
    [0, '영', 'zero', '零', 'không'],
    [10, '십', 'ten', '十', 'mười'],
    [15, '십오', 'fifteen', '十五', 'mười lăm'],
    [21, '이십일', 'twenty-one', '二十一', 'hai mươi mốt'],
    [105, '백오', 'one hundred and five', '一百零五', 'một trăm linh năm'],
    [110, '백십', 'one hundred and ten', '一百一十', 'một trăm mười'],
    [1010, '천십', 'one thousand and ten', '一千零一十', 'một nghìn không trăm mười'],
    [1023, '천이십삼', 'one thousand and twenty-three', '一千零二十三', 'một nghìn không trăm hai mươi ba'],
    [2345, '이천삼백사십오', 'two thousand three hundred and forty-five', '两千三百四十五', 'hai nghìn ba trăm bốn mươi lăm'],
    [10_000, '만', 'ten thousand', '一万', 'mười nghìn'],
    [20_000, '이만', 'twenty thousand', '两万', 'hai mươi nghìn'],
    [22_000, '이만이천', 'twenty-two thousand', '两万两千', 'hai mươi hai nghìn'],
    [12_005, '만이천오', 'twelve thousand and five', '一万两千零五', 'mười hai nghìn không trăm linh năm'],
    [99_999, '구만구천구백구십구', 'ninety-nine thousand nine hundred and ninety-nine', '九万九千九百九十九', 'chín mươi chín nghìn chín trăm chín mươi chín'],
  ])('%i', (n, ko, en, zh, vi) => {
    expect([numberInWords(n, 'ko'), numberInWords(n, 'en'), numberInWords(n, 'zh'), numberInWords(n, 'vi')]).toEqual([ko, en, zh, vi]);
  });

  it('leaves what is not a digit as it stands (ticket numbers have none) and what it cannot read in words as digits', () => {
    expect(spokenTicketNumber('A1023', 'ko')).toBe('A 천이십삼번');
    expect(numberInWords(123_456, 'ko')).toBe('123456');
  });
});

describe('counts, minutes and phone digits said aloud', () => {
  it.each([
    [1, 'people', '한 명', 'one person', '一人', 'một người'],
    [2, 'people', '두 명', 'two people', '两人', 'hai người'],
    [3, 'people', '세 명', 'three people', '三人', 'ba người'],
    [20, 'people', '스무 명', 'twenty people', '二十人', 'hai mươi người'],
    [21, 'people', '스물한 명', 'twenty-one people', '二十一人', 'hai mươi mốt người'],
    [0, 'people', '영 명', 'zero people', '零人', 'không người'],
    [105, 'people', '백오 명', 'one hundred and five people', '一百零五人', 'một trăm linh năm người'],
    [11, 'digits', '열한 자리', 'eleven digits', '十一位', 'mười một chữ số'],
    [15, 'minutes', '십오 분', 'fifteen minutes', '十五分钟', 'mười lăm phút'],
    [2, 'minutes', '이 분', 'two minutes', '两分钟', 'hai phút'],
  ] as const)('%i %s', (n, unit, ko, en, zh, vi) => {
    expect(languages.map((language) => spokenCount(n, unit, language))).toEqual([ko, en, zh, vi]);
  });

  it('reads a wait range as a range of minutes, and an unknown wait as written', () => {
    const range = { kind: 'range', minMinutes: 10, maxMinutes: 15 } as const;
    expect(languages.map((language) => spokenWaitEstimate(range, language))).toEqual([
      '십 분에서 십오 분',
      'ten to fifteen minutes',
      '十到十五分钟',
      'mười đến mười lăm phút',
    ]);
    expect(spokenWaitEstimate({ kind: 'range', minMinutes: 5, maxMinutes: 5 }, 'ko')).toBe('오 분');
    expect(spokenWaitEstimate({ kind: 'unknown' }, 'vi')).toBe('chưa rõ');
  });

  it('reads a phone number digit by digit, pausing at the hyphens', () => {
    expect(spokenPhoneDigits('010-12', 'ko')).toBe('공일공, 일이');
    expect(spokenPhoneDigits('010-12', 'en')).toBe('zero one zero, one two');
    expect(spokenPhoneDigits('010-12', 'zh')).toBe('零一零，一二');
    expect(spokenPhoneDigits('010-12', 'vi')).toBe('không một không, một hai');
  });
});

describe('a day of the month said aloud in English', () => {
  it.each([
    ['2026-03-01T03:00:00.000Z', 'Sunday, the first of March, at twelve noon'],
    ['2026-03-02T04:30:00.000Z', 'Monday, the second of March, at one thirty p.m.'],
    ['2026-03-03T00:05:00.000Z', 'Tuesday, the third of March, at nine oh five a.m.'],
    ['2026-03-11T00:00:00.000Z', 'Wednesday, the eleventh of March, at nine a.m.'],
    ['2026-03-12T00:00:00.000Z', 'Thursday, the twelfth of March, at nine a.m.'],
    ['2026-03-20T00:00:00.000Z', 'Friday, the twentieth of March, at nine a.m.'],
    ['2026-03-21T00:00:00.000Z', 'Saturday, the twenty-first of March, at nine a.m.'],
    ['2026-03-22T00:00:00.000Z', 'Sunday, the twenty-second of March, at nine a.m.'],
    ['2026-03-23T00:00:00.000Z', 'Monday, the twenty-third of March, at nine a.m.'],
    ['2026-03-30T00:00:00.000Z', 'Monday, the thirtieth of March, at nine a.m.'],
    ['2026-03-31T00:00:00.000Z', 'Tuesday, the thirty-first of March, at nine a.m.'],
  ])('%s is an ordinal, as a date is said: %s', (instant, said) => {
    expect(spokenMoment(instant, 'en')).toBe(said);
  });
});

describe('a time said aloud on the 12-hour clock people speak, never as "십삼 시"', () => {
  it.each([
    ['ko', '2026-03-02T00:05:00.000Z', '삼월 이일 월요일 오전 아홉 시 오 분'],
    ['ko', '2026-03-02T03:00:00.000Z', '삼월 이일 월요일 낮 열두 시'],
    ['ko', '2026-03-02T04:30:00.000Z', '삼월 이일 월요일 오후 한 시 삼십 분'],
    ['ko', '2026-03-02T09:00:00.000Z', '삼월 이일 월요일 오후 여섯 시'],
    ['zh', '2026-03-02T00:05:00.000Z', '三月二日星期一，上午九点零五分'],
    ['zh', '2026-03-02T03:00:00.000Z', '三月二日星期一，中午十二点'],
    ['zh', '2026-03-02T04:30:00.000Z', '三月二日星期一，下午一点三十分'],
    ['zh', '2026-03-02T05:00:00.000Z', '三月二日星期一，下午两点'],
    ['zh', '2026-03-02T09:00:00.000Z', '三月二日星期一，晚上六点'],
    ['vi', '2026-03-02T00:05:00.000Z', 'chín giờ năm phút sáng, Thứ Hai ngày hai tháng ba'],
    ['vi', '2026-03-02T03:00:00.000Z', 'mười hai giờ trưa, Thứ Hai ngày hai tháng ba'],
    ['vi', '2026-03-02T04:30:00.000Z', 'một giờ ba mươi phút chiều, Thứ Hai ngày hai tháng ba'],
    ['vi', '2026-03-02T09:00:00.000Z', 'sáu giờ tối, Thứ Hai ngày hai tháng ba'],
  ] as const)('%s %s: %s', (language, instant, said) => {
    expect(spokenMoment(instant, language)).toBe(said);
  });
});

/*
 * Noon and midnight are where the 12-hour clock is ambiguous ("오전 열두 시", "twelve a.m."): noon is
 * said as the middle of the day, and midnight as the start of the date it belongs to (the day
 * named is the one that begins), never as the night of that date, which a listener takes for its end.
 */
describe('noon and midnight said without doubt', () => {
  it.each([
    ['ko', '2026-03-02T03:30:00.000Z', '삼월 이일 월요일 낮 열두 시 삼십 분'],
    ['ko', '2026-03-01T15:00:00.000Z', '삼월 이일 월요일 영 시'],
    ['ko', '2026-03-01T15:30:00.000Z', '삼월 이일 월요일 영 시 삼십 분'],
    ['en', '2026-03-02T03:00:00.000Z', 'Monday, the second of March, at twelve noon'],
    ['en', '2026-03-02T03:30:00.000Z', 'Monday, the second of March, at twelve thirty p.m.'],
    ['en', '2026-03-01T15:00:00.000Z', 'Monday, the second of March, at midnight as the day begins'],
    ['en', '2026-03-01T15:30:00.000Z', 'Monday, the second of March, at twelve thirty a.m.'],
    ['zh', '2026-03-02T03:00:00.000Z', '三月二日星期一，中午十二点'],
    ['zh', '2026-03-02T03:30:00.000Z', '三月二日星期一，中午十二点三十分'],
    ['zh', '2026-03-01T15:00:00.000Z', '三月二日星期一，凌晨零点'],
    ['zh', '2026-03-01T15:30:00.000Z', '三月二日星期一，凌晨零点三十分'],
    ['zh', '2026-03-01T18:00:00.000Z', '三月二日星期一，凌晨三点'],
    ['vi', '2026-03-02T03:00:00.000Z', 'mười hai giờ trưa, Thứ Hai ngày hai tháng ba'],
    ['vi', '2026-03-02T03:30:00.000Z', 'mười hai giờ ba mươi phút trưa, Thứ Hai ngày hai tháng ba'],
    ['vi', '2026-03-01T15:00:00.000Z', 'không giờ, Thứ Hai ngày hai tháng ba'],
    ['vi', '2026-03-01T15:30:00.000Z', 'không giờ ba mươi phút, Thứ Hai ngày hai tháng ba'],
  ] as const)('%s %s: %s', (language, instant, said) => {
    expect(spokenMoment(instant, language)).toBe(said);
  });
});
