import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlow } from '../flow/FlowContext';
import { PIN_MIN_DIGITS } from '../flow/staffMachine';
import type { StaffPinState } from '../flow/flowTypes';
import { Busy } from './parts';
import { StaffHeader } from './staff/StaffHeader';
import { useWindowKeys } from '../keypad/useWindowKeys';
import { staffScreen } from './splitScreens';

const upperDigits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** The PIN is never rendered: only one dot per digit typed, and their count for screen readers. */
export function StaffPinScreen({ state }: { state: StaffPinState }) {
  const { t } = useTranslation();
  const send = useFlow((s) => s.send);
  const submitPin = useFlow((s) => s.submitPin);
  const typed = state.pin.length;

  useEffect(() => {
    void staffScreen.preload();
  }, []);

  useWindowKeys((event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (/^\d$/.test(event.key)) send({ type: 'pinDigit', digit: event.key });
    else if (event.key === 'Backspace') send({ type: 'pinDeleted' });
    // Enter on a keypad button presses that button instead.
    else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) void submitPin();
    else return;
    event.preventDefault();
  }, [send, submitPin]);

  const digitKey = (digit: string) => (
    <button key={digit} type="button" className="keypad__key" onClick={() => send({ type: 'pinDigit', digit })}>
      {digit}
    </button>
  );

  return (
    <div className="stack staff-pin">
      <StaffHeader language={state.language}>{t('staffPin.title')}</StaffHeader>
      <div className="staff-pin__body">
        <div className="staff-pin__entry">
          <p className="pin-display" data-testid="pin-display" aria-live="polite">
            <span className="pin-display__dots" aria-hidden="true">
              {Array.from({ length: Math.max(PIN_MIN_DIGITS, typed) }, (_, i) => (
                <span key={i} className={i < typed ? 'pin-dot pin-dot--filled' : 'pin-dot'} />
              ))}
            </span>
            <span className="visually-hidden">{t('staffPin.entered', { count: typed })}</span>
          </p>
          {state.checking && <Busy label={t('staffPin.checking')} />}
          {state.notice !== 'none' && <p className="notice notice--error">{t(`staffPin.notice-${state.notice}`)}</p>}
        </div>
        <div className="keypad" role="group" aria-label={t('staffPin.keypad')}>
          {upperDigits.map(digitKey)}
          <button type="button" className="keypad__key keypad__key--word" onClick={() => send({ type: 'pinDeleted' })}>
            {t('staffPin.delete')}
          </button>
          {digitKey('0')}
          <button type="button" className="keypad__key keypad__key--word keypad__key--ok" onClick={() => void submitPin()}>
            {t('staffPin.ok')}
          </button>
        </div>
      </div>
    </div>
  );
}
