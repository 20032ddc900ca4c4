import { describe, expect, it } from 'vitest';
import { capturingLogger } from '../testSupport/capturingLogger';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';
import type { Language } from '../../../shared/language';
import type { MessageContent } from './messageContent';
import { createLogProvider } from './providers/logProvider';
import { eucKrBytes, SMS_MAX_BYTES, smsFallback } from './smsFallback';

const officeName = { ko: '순번구청 민원실', en: 'Sunbeon-gu Office' };
const contents = (language: Language, office = officeName): MessageContent[] => [
  { kind: 'issued', officeName: office, displayNumber: '1001', language, peopleAhead: 12, estimate: { kind: 'range', minMinutes: 25, maxMinutes: 40 } },
  { kind: 'approaching', officeName: office, displayNumber: '1001', language, peopleAhead: 3 },
  { kind: 'update', officeName: office, displayNumber: '1001', language, peopleAhead: 8, estimate: { kind: 'range', minMinutes: 45, maxMinutes: 70 } },
  { kind: 'called', officeName: office, displayNumber: '1001', language, counterNumber: 12 },
];

describe('the SMS/LMS fallback', () => {
  it('fits every template in one SMS (90 bytes of EUC-KR) in both languages for an office of ordinary name', () => {
    const fallbacks = [...contents('ko'), ...contents('en')].map(smsFallback);
    expect(fallbacks.map((f) => f.type)).toEqual(['SMS', 'SMS', 'SMS', 'SMS', 'SMS', 'SMS', 'SMS', 'SMS']);
    for (const fallback of fallbacks) {
      expect(fallback.bytes).toBe(eucKrBytes(fallback.text));
      expect(fallback.bytes).toBeLessThanOrEqual(SMS_MAX_BYTES);
    }
    expect(fallbacks.map((f) => f.text)).toEqual([
      '[순번구청 민원실] 1001번 발급. 앞 12명, 예상 25~40분',
      '[순번구청 민원실] 1001번 곧 차례. 앞 3명. 가까이 계세요',
      '[순번구청 민원실] 1001번 예상 대기 변경: 45~70분, 앞 8명',
      '[순번구청 민원실] 1001번 차례입니다. 12번 창구로 오세요',
      'Sunbeon-gu Office: No.1001, 12 ahead, wait 25~40 min',
      'Sunbeon-gu Office: No.1001 soon, 3 ahead',
      'Sunbeon-gu Office: No.1001 new wait 45~70 min, 8 ahead',
      'Sunbeon-gu Office: No.1001, please come to counter 12',
    ]);
  });

  it('sends Chinese and Vietnamese residents English text messages, which EUC-KR can carry', () => {
    for (const language of ['zh', 'vi'] as const) {
      expect(contents(language).map(smsFallback)).toEqual(contents('en').map(smsFallback));
    }
  });

  it('sends the full text as LMS, with the office as its subject cut to 40 bytes, when the short one does not fit', () => {
    const long = { ko: '서울특별시 순번구 행정복지센터 종합민원실 제2별관 여권민원 전용창구', en: 'Sunbeon-gu Integrated Civil Affairs Office, Annex 2, Passport Desk' };
    const [issued] = contents('ko', long).map(smsFallback);
    expect(issued.type).toBe('LMS');
    expect(issued.text).toBe(`[${long.ko}] 1001번 번호표가 발급되었습니다. 앞에 12명, 예상 대기 25~40분.`);
    expect(eucKrBytes(issued.subject ?? '')).toBeLessThanOrEqual(40);
    expect(long.ko.startsWith(issued.subject ?? 'x')).toBe(true);
  });

  it('is what the log provider shows beside the Alimtalk text, with the sender, to a masked number', async () => {
    const log = capturingLogger();
    const [issued] = contents('ko');
    await createLogProvider(log, '0212345678').send(
      { to: phoneOf('010', '1234', '5678'), kind: 'issued', language: 'ko', text: 'alimtalk text', variables: {}, fallback: smsFallback(issued) },
      null,
    );
    expect(log.lines).toEqual([
      expect.stringContaining('message issued to 010-****-5678: alimtalk text | without KakaoTalk: SMS (52 bytes) from 0212345678: [순번구청 민원실] 1001번 발급. 앞 12명, 예상 25~40분'),
    ]);
  });
});
