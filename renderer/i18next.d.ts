import 'i18next';
import type { boardKo } from './board/src/i18n/ko';
import type { counterKo } from './counter/src/i18n/ko';
import type { lanKo } from './lanShared/i18n/lanKo';
import type { managerKo } from './manager/src/i18n/ko';
import type { Messages } from './src/i18n/ko';

/**
 * Every message key is typed, so a missing or misspelled key fails `tsc`. One namespace per page
 * (each page's i18n instance loads only its own, plus `lan`: the LAN pages' shared words and the alerts);
 * the LAN pages fall back to `lan` for the words they share, so their namespaces include it.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'kiosk';
    resources: {
      kiosk: Messages;
      counter: typeof counterKo & typeof lanKo;
      board: typeof boardKo & typeof lanKo;
      manager: typeof managerKo & typeof lanKo;
      lan: typeof lanKo;
    };
  }
}
