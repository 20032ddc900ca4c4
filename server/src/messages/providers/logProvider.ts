import type { Logger } from '../../../../nodeShared/logger';
import { maskPhoneDigits } from '../../../../nodeShared/phoneMasking';
import type { MessageProvider } from './messageProvider';

/** The default: nothing leaves the server; the log shows what would have been sent, to a masked number. */
export function createLogProvider(log: Logger): MessageProvider {
  return {
    name: 'log',
    async send({ to, kind, text }) {
      log.info(`message ${kind} to ${maskPhoneDigits(to)}: ${text}`);
      return { ok: true, providerMessageId: null };
    },
  };
}
