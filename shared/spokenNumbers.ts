import type { Language } from './language';
import type { WaitEstimate } from './waitEstimate';
import { waitEstimateText } from './waitEstimateText';

const koreanDigits = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const vietnameseDigits = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const englishOnes = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const englishTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Sino-Korean, as numbers are read aloud in a Korean office: 1001 → 천일, 1023 → 천이십삼, 10000 → 만. */
function korean(n: number): string {
  if (n === 0) return koreanDigits[0];
  const units = ['', '십', '백', '천'];
  const below10000 = (value: number) =>
    [...String(value)]
      .map(Number)
      .map((digit, index, all) => {
        const unit = units[all.length - 1 - index];
        if (digit === 0) return '';
        return (digit === 1 && unit ? '' : koreanDigits[digit]) + unit;
      })
      .join('');
  const tenThousands = Math.floor(n / 10_000);
  const rest = n % 10_000;
  return (tenThousands ? (tenThousands === 1 ? '' : below10000(tenThousands)) + '만' : '') + (rest ? below10000(rest) : '');
}

/** Mandarin: 1001 → 一千零一, 1010 → 一千零一十, 10 → 十, 20000 → 两万. */
function chinese(n: number): string {
  if (n === 0) return chineseDigits[0];
  const units = ['', '十', '百', '千'];
  const below10000 = (value: number, leading: boolean) => {
    const digits = [...String(value).padStart(4, '0')].map(Number);
    let out = '';
    let zeroPending = false;
    let started = false;
    digits.forEach((digit, index) => {
      const unit = units[3 - index];
      if (digit === 0) {
        if (started) zeroPending = true;
        return;
      }
      if (zeroPending || (!started && !leading && index > 0)) out += chineseDigits[0];
      zeroPending = false;
      // 十 alone at the head of a number (10–19), 一十 inside one (1010); 两千, not 二千.
      if (digit === 1 && unit === '十' && !started && leading) out += unit;
      else out += (digit === 2 && unit === '千' && !started ? '两' : chineseDigits[digit]) + unit;
      started = true;
    });
    return out;
  };
  const tenThousands = Math.floor(n / 10_000);
  const rest = n % 10_000;
  if (!tenThousands) return below10000(rest, true);
  // 两万, as 两千: 二 stands before 万 only inside a longer count, which ticket numbers (≤ 99,999) never reach.
  return (tenThousands === 2 ? '两' : below10000(tenThousands, true)) + '万' + (rest ? below10000(rest, false) : '');
}

/** Vietnamese: 1001 → một nghìn không trăm linh một, 1025 → một nghìn không trăm hai mươi lăm. */
function vietnamese(n: number): string {
  if (n === 0) return vietnameseDigits[0];
  const belowThousand = (value: number, full: boolean): string[] => {
    const hundreds = Math.floor(value / 100);
    const tens = Math.floor((value % 100) / 10);
    const ones = value % 10;
    const words: string[] = [];
    if (hundreds || full) words.push(vietnameseDigits[hundreds], 'trăm');
    if (tens === 0) {
      if (ones && (hundreds || full)) words.push('linh');
    } else words.push(...(tens === 1 ? ['mười'] : [vietnameseDigits[tens], 'mươi']));
    if (ones) words.push(ones === 5 && tens ? 'lăm' : ones === 1 && tens > 1 ? 'mốt' : vietnameseDigits[ones]);
    return words;
  };
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const words = thousands ? [...belowThousand(thousands, false), 'nghìn'] : [];
  if (rest) words.push(...belowThousand(rest, thousands > 0));
  return words.join(' ');
}

/** British English: 1001 → one thousand and one. */
function english(n: number): string {
  if (n < 20) return englishOnes[n];
  if (n < 100) return englishTens[Math.floor(n / 10)] + (n % 10 ? `-${englishOnes[n % 10]}` : '');
  if (n < 1000) return `${englishOnes[Math.floor(n / 100)]} hundred` + (n % 100 ? ` and ${english(n % 100)}` : '');
  const rest = n % 1000;
  return `${english(Math.floor(n / 1000))} thousand` + (rest ? (rest < 100 ? ' and ' : ' ') + english(rest) : '');
}

const irregularOrdinals: Record<string, string> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };

/** English ordinals, as days of the month are said: 1 → first, 2 → second, 21 → twenty-first, 30 → thirtieth. */
function englishOrdinal(n: number): string {
  return english(n).replace(/[a-z]+$/, (last) => irregularOrdinals[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`));
}

const inWords: Record<Language, (n: number) => string> = { ko: korean, en: english, zh: chinese, vi: vietnamese };

/** A whole number (0–99,999) as a person says it in the language: never digit by digit. */
export function numberInWords(n: number, language: Language): string {
  if (!Number.isInteger(n) || n < 0 || n > 99_999) return String(n);
  return inWords[language](n);
}

/**
 * A ticket number as said aloud: "천일번", "number one thousand and one", "一千零一号", "số một nghìn
 * không trăm linh một". Ticket numbers are digits only (a service's block, queue/numbering.ts); a
 * text with anything else keeps it as it stands, for the engine to read, with its digits in words.
 */
export function spokenTicketNumber(displayNumber: string, language: Language): string {
  const words = displayNumber.replace(/\d+/g, (digits) => ` ${numberInWords(Number(digits), language)} `).replace(/\s+/g, ' ').trim();
  switch (language) {
    case 'ko':
      return `${words}번`;
    case 'en':
      return `number ${words}`;
    case 'zh':
      return `${words}号`;
    case 'vi':
      return `số ${words}`;
  }
}

/** What is being counted: each language has its own counter word, and Korean its own numerals for some. */
export type CountedUnit = 'people' | 'digits' | 'minutes';

const koreanNativeOnes = ['', '한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉'];
const koreanNativeTens = ['', '열', '스물', '서른', '마흔', '쉰', '예순', '일흔', '여든', '아흔'];

/** Native Korean before a counter (한 명, 스무 명, 스물한 명); Sino-Korean from 100 on, as people say it. */
function koreanNative(n: number): string {
  if (n === 0 || n >= 100) return korean(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (n === 20) return '스무';
  return koreanNativeTens[tens] + koreanNativeOnes[ones];
}

/** 2 as a count is 两 in Mandarin (两个人, 两分钟), 二 only inside a longer number. */
function chineseCount(n: number): string {
  return n === 2 ? '两' : numberInWords(n, 'zh');
}

const countWords: Record<Language, (n: number, unit: CountedUnit) => string> = {
  ko: (n, unit) => (unit === 'minutes' ? `${numberInWords(n, 'ko')} 분` : `${koreanNative(n)} ${unit === 'people' ? '명' : '자리'}`),
  en: (n, unit) => {
    const word = { people: n === 1 ? 'person' : 'people', digits: n === 1 ? 'digit' : 'digits', minutes: n === 1 ? 'minute' : 'minutes' }[unit];
    return `${numberInWords(n, 'en')} ${word}`;
  },
  zh: (n, unit) => `${chineseCount(n)}${{ people: '人', digits: '位', minutes: '分钟' }[unit]}`,
  vi: (n, unit) => `${numberInWords(n, 'vi')} ${{ people: 'người', digits: 'chữ số', minutes: 'phút' }[unit]}`,
};

/** A count with its counter word, as said aloud: 3 people → "세 명", "three people", "三人", "ba người"; 15 minutes → "십오 분". */
export function spokenCount(n: number, unit: CountedUnit, language: Language): string {
  return countWords[language](n, unit);
}

const rangeWords: Record<Language, (min: number, max: number) => string> = {
  ko: (min, max) => `${numberInWords(min, 'ko')} 분에서 ${numberInWords(max, 'ko')} 분`,
  en: (min, max) => `${numberInWords(min, 'en')} to ${numberInWords(max, 'en')} minutes`,
  zh: (min, max) => `${chineseCount(min)}到${numberInWords(max, 'zh')}分钟`,
  vi: (min, max) => `${numberInWords(min, 'vi')} đến ${numberInWords(max, 'vi')} phút`,
};

/** A wait estimate as said aloud ("10~15분" is read "십 분에서 십오 분"); unknown reads as it is written. */
export function spokenWaitEstimate(estimate: WaitEstimate, language: Language): string {
  if (estimate.kind !== 'range') return waitEstimateText(estimate, language);
  if (estimate.minMinutes === estimate.maxMinutes) return spokenCount(estimate.minMinutes, 'minutes', language);
  return rangeWords[language](estimate.minMinutes, estimate.maxMinutes);
}

const phoneDigitWords: Record<Language, readonly string[]> = {
  ko: ['공', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'],
  en: englishOnes.slice(0, 10),
  zh: chineseDigits,
  vi: vietnameseDigits,
};

/** A phone number read digit by digit, as people read one out, with a pause at each hyphen: "공일공, 일이삼사". */
export function spokenPhoneDigits(formatted: string, language: Language): string {
  const separator = language === 'ko' || language === 'zh' ? '' : ' ';
  return formatted
    .split('-')
    .filter((group) => group !== '')
    .map((group) => [...group.replace(/\D/g, '')].map((digit) => phoneDigitWords[language][Number(digit)]).join(separator))
    .join(language === 'zh' ? '，' : ', ');
}

/** The Seoul calendar fields of an instant, and its weekday's name in `language` (no digits in any of them). */
function seoulParts(instant: string, language: Language): { month: number; day: number; hour: number; minute: number; weekday: string; monthName: string } {
  const at = new Date(instant);
  const numeric = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Seoul', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })
      .formatToParts(at)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<'month' | 'day' | 'hour' | 'minute', number>;
  const tag = { ko: 'ko-KR', en: 'en-GB', zh: 'zh-CN', vi: 'vi-VN' }[language];
  return {
    ...numeric,
    weekday: new Intl.DateTimeFormat(tag, { timeZone: 'Asia/Seoul', weekday: 'long' }).format(at),
    monthName: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Seoul', month: 'long' }).format(at),
  };
}

/** Korean months read 유월 and 시월, not 육월 and 십월. */
const koreanMonth = (month: number) => (month === 6 ? '유' : month === 10 ? '시' : korean(month));

/** The hour on a 12-hour clock, as people say a time: 13 → 1, 0 and 12 → 12. */
const hourOf12 = (hour: number) => (hour % 12 === 0 ? 12 : hour % 12);

/** Vietnamese parts of the day: "một giờ chiều", "mười hai giờ trưa", "bảy giờ tối". */
const vietnameseDayPart = (hour: number) => (hour < 11 ? 'sáng' : hour < 13 ? 'trưa' : hour < 18 ? 'chiều' : 'tối');

/** Mandarin parts of the day: 凌晨 before dawn (凌晨三点, not 上午三点), 中午 for the noon hour. */
const chineseDayPart = (hour: number) => (hour < 6 ? '凌晨' : hour < 12 ? '上午' : hour === 12 ? '中午' : hour < 18 ? '下午' : '晚上');

/** The Korean hour: 낮 열두 시 at noon, and 영 시 at midnight, as notices date the start of a day ("오전 열두 시" is read either way). */
const koreanHour = (hour: number) => (hour === 0 ? '영 시' : hour === 12 ? '낮 열두 시' : `${hour < 12 ? '오전' : '오후'} ${koreanNative(hourOf12(hour))} 시`);

/** The English time: "twelve noon"; midnight as the start of the day named, never "twelve a.m.", which is heard as either. */
function englishTime(hour: number, minute: number): string {
  if (minute === 0 && hour === 12) return 'twelve noon';
  if (minute === 0 && hour === 0) return 'midnight as the day begins';
  const minutes = minute === 0 ? '' : ` ${minute < 10 ? 'oh ' : ''}${english(minute)}`;
  return `${english(hourOf12(hour))}${minutes} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

/**
 * When something happens (Seoul time), as said aloud, for a resident who cannot read the screen,
 * on the 12-hour clock people speak in every language (never "십삼 시"); midnight as the hour
 * zero of the day named, where a language has it (영 시, 零点, không giờ):
 * "삼월 이일 월요일 오후 한 시 삼십 분", "Monday, the second of March, at one thirty p.m.",
 * "三月二日星期一，下午一点三十分", "một giờ ba mươi phút chiều, Thứ Hai ngày hai tháng ba".
 */
export function spokenMoment(instant: string, language: Language): string {
  const { month, day, hour, minute, weekday, monthName } = seoulParts(instant, language);
  switch (language) {
    case 'ko':
      return `${koreanMonth(month)}월 ${korean(day)}일 ${weekday} ${koreanHour(hour)}${minute ? ` ${korean(minute)} 분` : ''}`;
    case 'en':
      return `${weekday}, the ${englishOrdinal(day)} of ${monthName}, at ${englishTime(hour, minute)}`;
    case 'zh': {
      const minutes = minute === 0 ? '' : `${minute < 10 ? '零' : ''}${chinese(minute)}分`;
      return `${chinese(month)}月${chinese(day)}日${weekday}，${chineseDayPart(hour)}${hour === 0 ? '零' : chineseCount(hourOf12(hour))}点${minutes}`;
    }
    case 'vi': {
      const time = `${hour === 0 ? 'không' : vietnamese(hourOf12(hour))} giờ${minute ? ` ${vietnamese(minute)} phút` : ''}`;
      return `${hour === 0 ? time : `${time} ${vietnameseDayPart(hour)}`}, ${weekday} ngày ${vietnamese(day)} tháng ${vietnamese(month)}`;
    }
  }
}
