import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../shared/office';
import { translate, type Message } from '../../../lanShared/message';

/** The board speaks to everyone at once: Korean first and large, English after it, smaller. */
export function BothLanguages({ text }: { text: LocalizedText }) {
  return (
    <>
      <span lang="ko" className="ko">
        {text.ko}
      </span>{' '}
      <span lang="en" className="en">
        {text.en}
      </span>
    </>
  );
}

/** A board message in both languages. */
export function Bilingual({ k, values }: { k: Message<'board'>['key']; values?: Message<'board'>['values'] }) {
  const { t } = useTranslation('board');
  const message: Message<'board'> = { key: k, values };
  return <BothLanguages text={{ ko: translate(t, message, 'ko'), en: translate(t, message, 'en') }} />;
}
