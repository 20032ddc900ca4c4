import { describe, expect, it } from 'vitest';
import { numberInWords, spokenTicketNumber } from './spokenNumbers';

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
    [12_005, '만이천오', 'twelve thousand and five', '一万两千零五', 'mười hai nghìn không trăm linh năm'],
    [99_999, '구만구천구백구십구', 'ninety-nine thousand nine hundred and ninety-nine', '九万九千九百九十九', 'chín mươi chín nghìn chín trăm chín mươi chín'],
  ])('%i', (n, ko, en, zh, vi) => {
    expect([numberInWords(n, 'ko'), numberInWords(n, 'en'), numberInWords(n, 'zh'), numberInWords(n, 'vi')]).toEqual([ko, en, zh, vi]);
  });

  it('spells letters in a number and leaves what it cannot read as it is', () => {
    expect(spokenTicketNumber('A1023', 'ko')).toBe('A 천이십삼번');
    expect(numberInWords(123_456, 'ko')).toBe('123456');
  });
});
