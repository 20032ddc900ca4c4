import iconv from 'iconv-lite';
import { textIn, type Language } from '../../../shared/language';
import type { MessageContent, MessageKind } from './messageContent';
import { fillTemplate, messageTemplates, messageVariables } from './messageTemplates';

/** Korean SMS carries 90 bytes of EUC-KR (a Hangul syllable is 2); LMS up to 2,000 bytes with a subject of at most 40. */
export const SMS_MAX_BYTES = 90;
const LMS_SUBJECT_MAX_BYTES = 40;

export interface SmsFallback {
  type: 'SMS' | 'LMS';
  text: string;
  /** LMS only. */
  subject?: string;
  /** The text's length in EUC-KR bytes, as the carrier counts it. */
  bytes: number;
}

/** SMS and LMS carry EUC-KR only, which has no Vietnamese letters and few simplified hanzi: those residents get English. */
type SmsLanguage = 'ko' | 'en';
const smsLanguageOf = (language: Language): SmsLanguage => (language === 'ko' ? 'ko' : 'en');

/**
 * The short form sent as SMS to a resident without KakaoTalk, when it fits in 90 bytes; otherwise
 * the full Alimtalk text goes as LMS. Same variables as the templates.
 */
export const smsTemplates: Record<SmsLanguage, Record<MessageKind, string>> = {
  ko: {
    issued: '[#{기관}] #{번호}번 발급. 앞 #{대기인원}명, 예상 #{예상대기}',
    approaching: '[#{기관}] #{번호}번 곧 차례. 앞 #{대기인원}명. 가까이 계세요',
    update: '[#{기관}] #{번호}번 예상 대기 변경: #{예상대기}, 앞 #{대기인원}명',
    called: '[#{기관}] #{번호}번 차례입니다. #{창구}로 오세요',
  },
  en: {
    issued: '#{기관}: No.#{번호}, #{대기인원} ahead, wait #{예상대기}',
    approaching: '#{기관}: No.#{번호} soon, #{대기인원} ahead',
    update: '#{기관}: No.#{번호} new wait #{예상대기}, #{대기인원} ahead',
    called: '#{기관}: No.#{번호}, please come to #{창구}',
  },
};

export function eucKrBytes(text: string): number {
  return iconv.encode(text, 'euc-kr').length;
}

/** Cuts a subject to the byte limit without splitting a character. */
function fitBytes(text: string, maxBytes: number): string {
  let fitted = '';
  for (const character of text) {
    if (eucKrBytes(fitted + character) > maxBytes) break;
    fitted += character;
  }
  return fitted;
}

export function smsFallback(resident: MessageContent): SmsFallback {
  const content = { ...resident, language: smsLanguageOf(resident.language) };
  const variables = messageVariables(content);
  const short = fillTemplate(smsTemplates[content.language][content.kind], variables);
  const shortBytes = eucKrBytes(short);
  if (shortBytes <= SMS_MAX_BYTES) return { type: 'SMS', text: short, bytes: shortBytes };
  const text = fillTemplate(messageTemplates[content.language][content.kind], variables);
  return { type: 'LMS', text, subject: fitBytes(textIn(content.officeName, content.language), LMS_SUBJECT_MAX_BYTES), bytes: eucKrBytes(text) };
}
