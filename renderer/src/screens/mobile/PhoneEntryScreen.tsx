import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhoneEntryState } from '../../flow/flowTypes';
import { useFlow } from '../../flow/FlowContext';
import { ScreenTitle, TypedPhone } from '../parts';
import { useWindowKeys } from '../../keypad/useWindowKeys';

const upperDigits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * The number is shown as typed so the resident can check it, but it is in no live region: the
 * kiosk's announcement only counts the digits (EN 301 549 §5.1.3).
 */
export function PhoneEntryScreen({ state }: { state: PhoneEntryState }) {
  const { t } = useTranslation();
  const send = useFlow((s) => s.send);
  const problemId = useId();
  const { problem } = state;

  useWindowKeys((event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (/^[0-9]$/.test(event.key)) send({ type: 'phoneDigit', digit: event.key });
    else if (event.key === 'Backspace') send({ type: 'phoneDeleted' });
    else if (event.key === 'Delete') send({ type: 'phoneCleared' });
    // Enter on a keypad button presses that button instead.
    else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) send({ type: 'phoneSubmitted' });
    else return;
    event.preventDefault();
  }, [send]);

  const digitKey = (digit: string) => (
    <button key={digit} type="button" className="keypad__key" onClick={() => send({ type: 'phoneDigit', digit })}>
      {digit}
    </button>
  );

  return (
    <div className="phone-entry">
      <div className="phone-entry__text">
        <ScreenTitle>{t('mobile.entryTitle')}</ScreenTitle>
        <p className="hint">{t('mobile.entryHint')}</p>
        <TypedPhone label={t('mobile.entryLabel')} typed={state.typed} testId="phone-display" />
        {problem && (
          <p className="notice notice--error" id={problemId} data-testid="phone-problem" data-problem={problem}>
            {t(`phoneProblem.${problem}`)}
          </p>
        )}
      </div>
      <div className="keypad keypad--phone" role="group" aria-label={t('mobile.keypad')} data-keypad-columns="3">
        {upperDigits.map(digitKey)}
        <button
          type="button"
          className="keypad__key keypad__key--word"
          aria-keyshortcuts="Delete"
          onClick={() => send({ type: 'phoneCleared' })}
        >
          {t('mobile.clear')}
        </button>
        {digitKey('0')}
        <button
          type="button"
          className="keypad__key keypad__key--word"
          aria-keyshortcuts="Backspace"
          onClick={() => send({ type: 'phoneDeleted' })}
        >
          {t('mobile.delete')}
        </button>
        <button
          type="button"
          className="keypad__key keypad__key--word keypad__key--ok keypad__key--wide"
          aria-describedby={problem ? problemId : undefined}
          onClick={() => send({ type: 'phoneSubmitted' })}
        >
          {t('mobile.next')}
        </button>
      </div>
    </div>
  );
}
