import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlow } from '../flow/FlowContext';
import { languageNames } from '../../../shared/language';
import { useWindowKeys } from '../keypad/useWindowKeys';

/**
 * The idle screen, written in Korean and English because nobody has chosen yet. A touch anywhere
 * starts in Korean; the buttons of the office's languages, each named in itself, start in their
 * language. Staff have a small button in the corner, out of the residents' way.
 */
export function StartScreen() {
  const begin = useFlow((s) => s.begin);
  const languages = useFlow((s) => s.offeredLanguages);
  const send = useFlow((s) => s.send);
  const { i18n } = useTranslation();
  const ko = i18n.getFixedT('ko');
  const en = i18n.getFixedT('en');
  const groupLabelId = useId();

  useWindowKeys((event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    void begin('ko');
  }, [begin]);

  return (
    <div className="start" onClick={() => void begin('ko')}>
      <h1 className="screen-title start__title" tabIndex={-1}>
        <span className="start__title-ko">{ko('start.title')}</span>{' '}
        <span className="start__title-en" lang="en">
          {en('start.title')}
        </span>
      </h1>
      <p className="start__instruction">
        {ko('start.instruction')}{' '}
        <span className="start__secondary" lang="en">
          {en('start.instruction')}
        </span>
      </p>
      <div className="start__languages" role="group" aria-labelledby={groupLabelId}>
        <p className="start__choose" id={groupLabelId}>
          {ko('start.chooseLanguage')}{' '}
          <span className="start__secondary" lang="en">
            {en('start.chooseLanguage')}
          </span>
        </p>
        {languages.map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            className="btn btn--primary btn--language"
            onClick={(event) => {
              event.stopPropagation();
              void begin(language);
            }}
          >
            {languageNames[language]}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="btn btn--quiet start__staff"
        onClick={(event) => {
          event.stopPropagation();
          send({ type: 'staffRequested' });
        }}
      >
        {ko('start.staff')}{' '}
        <span lang="en">{en('start.staff')}</span>
      </button>
    </div>
  );
}
