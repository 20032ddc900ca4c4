import { useTranslation } from 'react-i18next';
import type { Language, LocalizedText } from '../../../../shared/language';
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

/** A board message in both languages, and in `also` (a called ticket's Chinese or Vietnamese) after them. */
export function Bilingual({ k, values, also }: { k: Message<'board'>['key']; values?: Message<'board'>['values']; also?: Language }) {
  const { t } = useTranslation('board');
  const message: Message<'board'> = { key: k, values };
  return (
    <>
      <BothLanguages text={{ ko: translate(t, message, 'ko'), en: translate(t, message, 'en') }} />
      {also && also !== 'ko' && also !== 'en' && (
        <>
          {' '}
          <span lang={also} className="en">
            {translate(t, message, also)}
          </span>
        </>
      )}
    </>
  );
}
