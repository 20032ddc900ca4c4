import { useTranslation } from 'react-i18next';
import { type LocalizedText, textIn } from '../../../../shared/language';
import { translate, type Message } from '../../../lanShared/message';
import { useCounter } from '../counterStore';

/** The staff member's language, with helpers for messages and the office's own two-language texts. */
export function useText() {
  const { t } = useTranslation('counter');
  const language = useCounter((s) => s.preferences.language);
  return {
    t,
    language,
    say: (message: Message) => translate(t, message, language),
    local: (text: LocalizedText) => textIn(text, language),
  };
}
