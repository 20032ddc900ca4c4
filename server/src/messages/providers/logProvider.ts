import type { Logger } from '../../../../nodeShared/logger';
import { maskPhoneDigits } from '../../../../nodeShared/phoneMasking';
import type { MessageProvider } from './messageProvider';

/**
 * The default: nothing leaves the server; the log shows what would have been sent, to a masked
 * number, and the SMS/LMS a resident without KakaoTalk would get instead, from which sender.
 */
export function createLogProvider(log: Logger, sender: string | null = null): MessageProvider {
  return {
    name: 'log',
    async send({ to, kind, text, fallback }) {
      const from = sender ? ` from ${sender}` : '';
      log.info(`message ${kind} to ${maskPhoneDigits(to)}: ${text} | without KakaoTalk: ${fallback.type} (${fallback.bytes} bytes)${from}: ${fallback.text}`);
      return { ok: true, providerMessageId: null };
    },
  };
}
