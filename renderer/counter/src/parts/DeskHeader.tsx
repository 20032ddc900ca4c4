import { counterStates } from '../../../../shared/counter';
import { useCounter } from '../counterStore';
import { LanguageSwitch } from './LanguageSwitch';
import { useText } from './useText';

/** The counter's number and services, its state, and the laptop's settings. */
export function DeskHeader({ onUnpair }: { onUnpair: () => void }) {
  const { t, local } = useText();
  const counter = useCounter((s) => s.status?.counter ?? s.session?.counter);
  const queues = useCounter((s) => s.status?.queues);
  const busy = useCounter((s) => s.busy);
  const run = useCounter((s) => s.run);
  const letterShortcuts = useCounter((s) => s.preferences.letterShortcuts);
  const setPreferences = useCounter((s) => s.setPreferences);
  if (!counter) return null;

  const serviceNames = counter.serviceIds.map((id) => {
    const name = queues?.find((queue) => queue.serviceId === id)?.name;
    return name ? local(name) : id;
  });

  return (
    <header className="desk-header">
      <h1 className="desk-header__counter" data-testid="counter-number">
        {t('app.counter', { number: counter.number })}
      </h1>
      <p className="desk-header__services">
        <span className="visually-hidden">{t('desk.services')}: </span>
        {serviceNames.join(' · ')}
      </p>
      <div className="state-switch" role="group" aria-labelledby="state-switch-label">
        <span className="state-switch__label" id="state-switch-label">
          {t('desk.stateLabel')}
        </span>
        {counterStates.map((state) => (
          <button
            key={state}
            type="button"
            className={`btn btn--small state-switch__option state-switch__option--${state}`}
            aria-pressed={counter.state === state}
            aria-disabled={busy !== null}
            onClick={() => {
              if (counter.state !== state) void run({ kind: 'state', state });
            }}
            data-testid={`state-${state}`}
          >
            {t(`desk.state.${state}`)}
          </button>
        ))}
      </div>
      <div className="desk-header__tools">
        <button
          type="button"
          className="btn btn--small"
          aria-pressed={letterShortcuts}
          onClick={() => setPreferences({ letterShortcuts: !letterShortcuts })}
          data-testid="toggle-letter-shortcuts"
        >
          {t('desk.letterShortcuts')}
        </button>
        <LanguageSwitch />
        <button type="button" className="btn btn--small" onClick={onUnpair} data-testid="unpair">
          {t('desk.unpair')}
        </button>
      </div>
    </header>
  );
}
