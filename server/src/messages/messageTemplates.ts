import { textIn, type Language } from '../../../shared/language';
import { waitEstimateText } from '../../../shared/waitEstimateText';
import type { MessageContent, MessageKind } from './messageContent';

/**
 * The message texts, written as Alimtalk templates: the same strings are registered with Kakao
 * (README lists them), the provider sends the variables, and the log and the SMS fallback show the
 * filled-in text. Informational only — no advertising, as Alimtalk requires.
 */
export const messageTemplates: Record<Language, Record<MessageKind, string>> = {
  ko: {
    issued: '[#{기관}] #{번호}번 번호표가 발급되었습니다. 앞에 #{대기인원}명, 예상 대기 #{예상대기}.',
    approaching: '[#{기관}] #{번호}번 차례가 다가옵니다. 앞에 #{대기인원}명, 예상 대기 #{예상대기}. 민원실 가까이에서 기다려 주세요.',
    update: '[#{기관}] #{번호}번 예상 대기시간이 바뀌었습니다. 앞에 #{대기인원}명, 예상 대기 #{예상대기}.',
    called: '[#{기관}] #{번호}번 차례입니다. #{창구}로 와 주세요.',
  },
  en: {
    issued: '[#{기관}] Ticket #{번호} is issued. People ahead: #{대기인원}. Estimated wait: #{예상대기}.',
    approaching: '[#{기관}] Ticket #{번호}: your turn is near. People ahead: #{대기인원}. Estimated wait: #{예상대기}. Please stay close to the office.',
    update: '[#{기관}] Ticket #{번호}: the estimated wait has changed. People ahead: #{대기인원}. Estimated wait: #{예상대기}.',
    called: '[#{기관}] Ticket #{번호}: it is your turn. Please come to #{창구}.',
  },
  zh: {
    issued: '[#{기관}] 您已取号，号码为#{번호}号。前面还有#{대기인원}人，预计等候#{예상대기}。',
    approaching: '[#{기관}] #{번호}号，快轮到您了。前面还有#{대기인원}人，预计等候#{예상대기}。请在办事大厅附近等候。',
    update: '[#{기관}] #{번호}号的预计等候时间有变。前面还有#{대기인원}人，预计等候#{예상대기}。',
    called: '[#{기관}] #{번호}号，轮到您了。请到#{창구}。',
  },
  vi: {
    issued: '[#{기관}] Bạn đã nhận số thứ tự #{번호}. Số người chờ trước bạn: #{대기인원}. Thời gian chờ dự kiến: #{예상대기}.',
    approaching: '[#{기관}] Số #{번호}: sắp đến lượt bạn. Số người chờ trước bạn: #{대기인원}. Thời gian chờ dự kiến: #{예상대기}. Vui lòng chờ gần phòng tiếp dân.',
    update: '[#{기관}] Số #{번호}: thời gian chờ dự kiến đã thay đổi. Số người chờ trước bạn: #{대기인원}. Thời gian chờ dự kiến: #{예상대기}.',
    called: '[#{기관}] Số #{번호}: đã đến lượt bạn. Xin mời đến #{창구}.',
  },
};

const counterWords = {
  ko: { known: (n: number) => `${n}번 창구`, unknown: '안내된 창구' },
  en: { known: (n: number) => `counter ${n}`, unknown: 'the counter shown' },
  zh: { known: (n: number) => `${n}号窗口`, unknown: '所示窗口' },
  vi: { known: (n: number) => `quầy số ${n}`, unknown: 'quầy được chỉ dẫn' },
} as const satisfies Record<Language, unknown>;

export function messageVariables(content: MessageContent): Record<string, string> {
  const { language } = content;
  const common = { '#{기관}': textIn(content.officeName, language), '#{번호}': content.displayNumber };
  switch (content.kind) {
    case 'issued':
    case 'update':
      return { ...common, '#{대기인원}': String(content.peopleAhead), '#{예상대기}': waitEstimateText(content.estimate, language) };
    case 'approaching':
      return { ...common, '#{대기인원}': String(content.peopleAhead), '#{예상대기}': waitEstimateText(content.estimate ?? { kind: 'unknown' }, language) };
    case 'called': {
      const words = counterWords[language];
      return { ...common, '#{창구}': content.counterNumber === null ? words.unknown : words.known(content.counterNumber) };
    }
  }
}

export function fillTemplate(template: string, variables: Record<string, string>): string {
  return template.replace(/#\{[^}]+\}/g, (name) => variables[name] ?? name);
}

export function renderMessage(content: MessageContent): { text: string; variables: Record<string, string> } {
  const variables = messageVariables(content);
  return { text: fillTemplate(messageTemplates[content.language][content.kind], variables), variables };
}
