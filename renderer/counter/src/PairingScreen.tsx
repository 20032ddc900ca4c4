import { useId, useState, type FormEvent } from 'react';
import { useCounter } from './counterStore';
import { LanguageSwitch } from './parts/LanguageSwitch';
import { useText } from './parts/useText';

/** The first screen of a new laptop: the code from the kiosk's staff screen pairs it with a counter. */
export function PairingScreen() {
  const { t, say } = useText();
  const pair = useCounter((s) => s.pair);
  const { pending, error } = useCounter((s) => s.pairing);
  const [code, setCode] = useState('');
  const leadId = useId();
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    void pair(code);
  }

  return (
    <div className="pairing">
      <header className="pairing__bar">
        <p className="pairing__app">{t('app.name')}</p>
        <LanguageSwitch />
      </header>
      <main className="pairing__main">
        <form className="pairing__card" onSubmit={submit} aria-describedby={leadId} noValidate>
          <h1 className="pairing__title">{t('pairing.title')}</h1>
          <p id={leadId}>{t('pairing.lead')}</p>
          <label className="pairing__label" htmlFor="pairing-code">
            {t('pairing.codeLabel')}
          </label>
          <input
            id="pairing-code"
            className="pairing__input"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            autoFocus
            data-testid="pairing-code"
          />
          <button type="submit" className="btn btn--primary pairing__submit" aria-disabled={pending} data-testid="pairing-submit">
            {pending ? t('pairing.pending') : t('pairing.submit')}
          </button>
          <p id={errorId} className="pairing__error" role="alert">
            {error && say(error)}
          </p>
        </form>
      </main>
    </div>
  );
}
